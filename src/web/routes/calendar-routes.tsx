/**
 * The personal calendar feed: made on the meetings page (its secret address is shown once, so it
 * is a plain page answer, not a redirect), read by calendar programs without a login.
 */
import type { FastifyInstance } from 'fastify';
import { meetingReaders } from '../../app/meetings/access.ts';
import { createCalendarFeed, getCalendarFeed } from '../../app/meetings/calendar-feed.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { CalendarFeedPage } from '../pages/meetings/calendar-feed-page.tsx';
import { param } from './meeting-route-helpers.tsx';

export function registerCalendarRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const linkBase = deps.publicUrl;
  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/kalender',
    async (ctx, _request, reply) => {
      const out = await runUseCase(createCalendarFeed, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        linkBase,
      });
      reply.status(201);
      return <CalendarFeedPage url={out.url} />;
    },
    { access: meetingReaders },
  );
  pageRoute(
    app,
    deps,
    'GET',
    '/kalender/:token',
    async (ctx, request) => {
      const out = await runUseCase(getCalendarFeed, ctx, {
        token: param(request, 'token').replace(/\.ics$/, ''),
        linkBase,
        uidDomain: deps.calendarUidDomain,
      });
      return { file: out.ics, type: 'text/calendar; charset=utf-8', filename: 'styringsdialog.ics' };
    },
    { access: { public: true } },
  );
}
