/**
 * The front page: one use case (frontPage) decides what the viewer gets — the Overblik for
 * municipal staff and politicians, the organisation list for organisation users, the public
 * entry otherwise — and the route only renders it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { frontPage } from '../../app/governance/front-page.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { homeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { FrontPage } from '../pages/front-page.tsx';
import { OverviewPage } from '../pages/overview-page.tsx';

const yearQuery = (request: FastifyRequest) => (request.query as Record<string, unknown> | undefined)?.aar;

export function registerFrontPage(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/',
    async (ctx, request) => {
      const userName = ctx.actor.kind === 'user' ? ctx.actor.name : null;
      const view = await runUseCase(frontPage, ctx, {
        municipality: homeMunicipality(ctx.actor),
        year: yearQuery(request),
      });
      if (view.kind === 'overview')
        return <OverviewPage grid={view.grid} briefing={view.briefing} userName={userName} />;
      return (
        <FrontPage
          municipalities={view.municipalities}
          current={view.current}
          organisations={view.organisations}
          userName={userName}
        />
      );
    },
    { access: { public: true } },
  );
}
