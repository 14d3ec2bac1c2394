/**
 * Governance pages: the model versions side by side.
 */
import type { FastifyInstance } from 'fastify';
import { governanceReaders } from '../../app/governance/access.ts';
import { listModels } from '../../app/governance/list-models.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { ModelsPage } from '../pages/models-page.tsx';

export function registerGovernancePages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/styringsmodeller',
    async (ctx) => {
      const out = await runUseCase(listModels, ctx, { municipality: requireHomeMunicipality(ctx.actor) });
      const links = Object.fromEntries(
        out.versions.flatMap((v) => {
          const id = v.model.legalBasis.politicalCaseId;
          return id ? [[id, `/politiske-sager/${encodeURIComponent(id)}`]] : [];
        }),
      );
      return (
        <ModelsPage
          municipality={out.municipality}
          versions={out.versions}
          historyFindings={out.historyFindings}
          politicalCaseLinks={links}
          userName={ctx.actor.kind === 'user' ? ctx.actor.name : null}
        />
      );
    },
    { access: governanceReaders },
  );
}
