/**
 * Huskede rettelser (/politiske-sager/importer/rettelser): the municipality's remembered import
 * corrections, and the form that forgets one. Registered inside the political-case pages' scope.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { politicalCaseWriters } from '../../app/political-cases/access.ts';
import { listImportCorrections } from '../../app/political-cases/list-import-corrections.ts';
import { removeImportCorrection } from '../../app/political-cases/remove-import-correction.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { ImportCorrectionsPage } from '../pages/political-cases/import-corrections-page.tsx';

const LIST_URL = '/politiske-sager/importer/rettelser';
const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';

async function listPage(ctx: UseCaseContext, form: FormState, removed: boolean) {
  const out = await runUseCase(listImportCorrections, ctx, {
    municipality: requireHomeMunicipality(ctx.actor),
  });
  return (
    <ImportCorrectionsPage
      municipality={out.municipality}
      corrections={out.corrections}
      can={out.can}
      form={form}
      removed={removed}
    />
  );
}

export function registerImportCorrections(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    LIST_URL,
    (ctx, request) => listPage(ctx, emptyForm, (request.query as Record<string, unknown>).glemt === '1'),
    { access: politicalCaseWriters },
  );

  formRoute(app, deps, {
    url: `${LIST_URL}/:id/fjern`,
    pageUrl: LIST_URL,
    access: politicalCaseWriters,
    useCase: removeImportCorrection,
    toInput: (_form, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      id: param(request, 'id'),
    }),
    page: (ctx, _request, state) => listPage(ctx, state ?? emptyForm, false),
    redirect: () => `${LIST_URL}?glemt=1`,
  });
}
