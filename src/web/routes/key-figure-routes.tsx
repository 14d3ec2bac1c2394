/**
 * An organisation's key figures page (/boligorganisationer/:id/noegletal) with the form to enter
 * one figure by hand (a formRoute: POST-redirect-GET, Danish field errors on the same page).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { keyFigureReaders, keyFigureWriters } from '../../app/key-figures/access.ts';
import { getOrganisationKeyFigures } from '../../app/key-figures/get-organisation-key-figures.ts';
import { keyFigureTable } from '../../app/key-figures/key-figure-export.ts';
import { saveKeyFigure } from '../../app/key-figures/save-key-figure.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { renderTrendSvg } from '../charts/trend-chart.ts';
import type { FormState } from '../components/form.tsx';
import { exportPageRoutes } from '../export-routes.ts';
import { formRoute } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { OrganisationKeyFiguresPage } from '../pages/briefing/organisation-key-figures-page.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const query = (r: FastifyRequest, name: string) => {
  const v = (r.query as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
};

async function page(ctx: UseCaseContext, request: FastifyRequest, posted: FormState | null) {
  const year = posted?.values.steeringYear || query(request, 'aar');
  const view = await runUseCase(getOrganisationKeyFigures, ctx, {
    municipality: requireHomeMunicipality(ctx.actor),
    id: param(request, 'id'),
    year,
    departmentId: query(request, 'afdeling'),
  });
  const charts: Record<string, string> = {};
  for (const t of view.keyFigures.trends) {
    charts[t.code] = await renderTrendSvg(
      t,
      { subject: view.organisation.name, municipalMedian: 'Kommunens median', nationalMedian: 'Landsmedian' },
      `${t.label} for ${view.organisation.name}`,
    );
  }
  for (const t of view.department?.trends ?? []) {
    const name = view.department?.name ?? '';
    charts[`department:${t.code}`] = await renderTrendSvg(
      t,
      { subject: name, municipalMedian: 'Median af kommunens afdelinger', nationalMedian: 'Landsmedian' },
      `${t.label} for ${name}`,
    );
  }
  const state = posted ?? {
    values: { steeringYear: String(view.year), departmentId: '', code: 'tomgang_pct' },
    errors: [],
  };
  return (
    <OrganisationKeyFiguresPage
      view={view}
      charts={charts}
      state={state}
      userName={ctx.actor.kind === 'user' ? ctx.actor.name : null}
    />
  );
}

export function registerKeyFigurePages(app: FastifyInstance, deps: HttpDeps): void {
  // /boligorganisationer/:id/noegletal.csv and .xlsx: the year's figures as the page shows them.
  exportPageRoutes(app, deps, {
    url: '/boligorganisationer/:id/noegletal',
    access: keyFigureReaders,
    table: async (ctx, request) => {
      const view = await runUseCase(getOrganisationKeyFigures, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        id: param(request, 'id'),
        year: query(request, 'aar'),
      });
      return keyFigureTable(view.organisation.name, view.keyFigures);
    },
  });
  formRoute(app, deps, {
    url: '/boligorganisationer/:id/noegletal',
    access: keyFigureWriters,
    pageAccess: keyFigureReaders,
    useCase: saveKeyFigure,
    toInput: (form, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      organisationId: param(request, 'id'),
      departmentId: form.fields.departmentId ?? '',
      steeringYear: form.fields.steeringYear ?? '',
      code: form.fields.code ?? '',
      value: form.fields.value ?? '',
    }),
    page: (ctx, request, state) => page(ctx, request, state),
    redirect: (figure, _ctx, request) =>
      `/boligorganisationer/${encodeURIComponent(param(request, 'id'))}/noegletal?aar=${figure.steeringYear}`,
  });
}
