/**
 * The front page: one use case (frontPage) decides what the viewer gets — the Overblik for
 * municipal staff and politicians, the organisation list for organisation users, the public
 * entry otherwise — and the route only renders it.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { complianceVersion } from '../../app/governance/compliance-version.ts';
import { frontPage } from '../../app/governance/front-page.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { ifNoneMatch } from '../../http/if-none-match.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { homeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { FrontPage } from '../pages/front-page.tsx';
import { OverviewPage } from '../pages/overview-page.tsx';

/** A new process may render differently (a new release): its ETags differ from the last one's. */
const STARTED = Date.now().toString(36);

const yearQuery = (request: FastifyRequest) => (request.query as Record<string, unknown> | undefined)?.aar;

export function registerFrontPage(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/',
    async (ctx, request, reply) => {
      const userName = ctx.actor.kind === 'user' ? ctx.actor.name : null;
      // The Overblik's ETag: the municipality's content version (issue 18), the day, the year
      // asked for, and who asks with which cookies (menu, CSRF token) — 304 when all are equal.
      const { version, known } = await runUseCase(complianceVersion, ctx, {
        municipality: homeMunicipality(ctx.actor),
      });
      if (version) {
        const who = createHash('sha1')
          .update(JSON.stringify([ctx.actor, request.headers.cookie ?? '', String(yearQuery(request) ?? '')]))
          .digest('base64url');
        const etag = `W/"${version}-${STARTED}-${who}"`;
        reply.header('etag', etag);
        if (ifNoneMatch(request.headers['if-none-match'], etag)) return { notModified: true };
      }
      // The content row read for the ETag serves the page's read cache too (read once).
      const view = await runUseCase(
        frontPage,
        { ...ctx, known },
        {
          municipality: homeMunicipality(ctx.actor),
          year: yearQuery(request),
        },
      );
      if (view.kind === 'overview')
        return (
          <OverviewPage grid={view.grid} briefing={view.briefing} tasks={view.tasks} userName={userName} />
        );
      return (
        <FrontPage
          municipalities={view.municipalities}
          current={view.current}
          organisations={view.organisations}
          tasks={view.tasks}
          userName={userName}
        />
      );
    },
    { access: { public: true } },
  );
}
