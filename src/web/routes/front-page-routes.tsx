import type { FastifyInstance } from 'fastify';
import { listMunicipalities } from '../../app/registry/list-municipalities.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { homeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { FrontPage } from '../pages/front-page.tsx';

export function registerFrontPage(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(app, deps, 'GET', '/', async (ctx) => {
    const municipalities = await runUseCase(listMunicipalities, ctx, {});
    const home = homeMunicipality(ctx.actor);
    const listing = home ? await runUseCase(listOrganisations, ctx, { municipality: home }) : null;
    return (
      <FrontPage
        municipalities={municipalities}
        current={listing?.municipality ?? null}
        organisations={listing?.organisations ?? null}
        userName={ctx.actor.kind === 'user' ? ctx.actor.name : null}
      />
    );
  });
}
