/**
 * The front page: Overblik (compliance) for municipal staff and politicians, the organisation
 * list for organisation users, and the public entry (municipalities and their published accounts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import { assessYear } from '../../app/governance/assess-year.ts';
import { assessedObligationView } from '../../app/governance/obligation-view.ts';
import { listMunicipalities } from '../../app/registry/list-municipalities.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { homeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { FrontPage } from '../pages/front-page.tsx';
import { OverviewPage, type OverviewYear } from '../pages/overview-page.tsx';

/** Years shown in the grid: three back, the chosen year, one ahead. */
const GRID_YEARS = [-3, -2, -1, 0, 1];

function chosenYear(request: FastifyRequest, today: string): number {
  const raw = Number((request.query as Record<string, string> | undefined)?.aar);
  return Number.isInteger(raw) && raw >= 2010 && raw <= 2100 ? raw : Number(today.slice(0, 4));
}

function seesOverview(ctx: UseCaseContext): boolean {
  return ctx.actor.kind === 'user' && ctx.actor.grants.some((g) => g.role !== 'organisation');
}

export function registerFrontPage(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/',
    async (ctx, request) => {
      const home = homeMunicipality(ctx.actor);
      const userName = ctx.actor.kind === 'user' ? ctx.actor.name : null;
      if (home && seesOverview(ctx)) {
        const year = chosenYear(request, ctx.today);
        const years: OverviewYear[] = [];
        let municipality = null;
        for (const offset of GRID_YEARS) {
          const out = await runUseCase(assessYear, ctx, { municipality: home, year: year + offset });
          municipality = out.municipality;
          const byId = new Map(out.assessments.map((a) => [a.obligationId, a]));
          years.push({
            year: out.year,
            sentences: out.summary?.sentences ?? [],
            obligations: out.obligations.map((o) => assessedObligationView(o, byId.get(o.id))),
          });
        }
        const agreements = await runUseCase(listAgreements, ctx, { municipality: home });
        if (municipality)
          return (
            <OverviewPage
              municipality={municipality}
              year={year}
              years={years}
              agreementsSentence={agreements.summary.sentence}
              userName={userName}
            />
          );
      }
      const municipalities = await runUseCase(listMunicipalities, ctx, {});
      const listing = home ? await runUseCase(listOrganisations, ctx, { municipality: home }) : null;
      return (
        <FrontPage
          municipalities={municipalities}
          current={listing?.municipality ?? null}
          organisations={listing?.organisations ?? null}
          userName={userName}
        />
      );
    },
    { access: { public: true } },
  );
}
