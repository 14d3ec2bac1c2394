/**
 * The meeting pages under /moeder: the year's list, one meeting (its forms are declared in
 * meeting-form-routes.tsx), "Planlæg året", the invitations outbox, the documentation package,
 * the calendar feed, and the public accounts under /redegoerelser. Route order matters only
 * where a fixed path and `/moeder/:id` meet: fastify prefers the fixed path.
 */
import type { FastifyInstance } from 'fastify';
import { meetingPlanners, meetingReaders } from '../../app/meetings/access.ts';
import { getInvitationIcs, listInvitations } from '../../app/meetings/list-invitations.ts';
import { listMeetings } from '../../app/meetings/list-meetings.ts';
import { resendInvitation } from '../../app/meetings/resend-invitation.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { requestedPage } from '../components/pagination.tsx';
import { formRoute } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { MeetingListPage } from '../pages/meetings/meeting-list-page.tsx';
import { OutboxPage } from '../pages/meetings/outbox-page.tsx';
import { registerCalendarRoutes } from './calendar-routes.tsx';
import { registerDocumentationPackageRoutes } from './documentation-package-routes.tsx';
import { registerInvitationAnswerRoutes } from './invitation-answer-routes.tsx';
import { registerMeetingFormRoutes } from './meeting-form-routes.tsx';
import { meetingPage, param, yearOf } from './meeting-route-helpers.tsx';
import { registerPublicAccountRoutes } from './public-account-routes.tsx';
import { registerYearPlanRoutes } from './year-plan-routes.tsx';

async function outboxPage(
  ctx: UseCaseContext,
  deps: HttpDeps,
  refused?: { invitationId: string; state: FormState },
) {
  const out = await runUseCase(listInvitations, ctx, {
    municipality: requireHomeMunicipality(ctx.actor),
    mailBySmtp: deps.mailBySmtp ?? false,
  });
  return (
    <OutboxPage
      municipality={out.municipality}
      mailBySmtp={out.mailBySmtp}
      invitations={out.invitations}
      {...(refused ? { refused } : {})}
    />
  );
}

export function registerMeetingPages(app: FastifyInstance, deps: HttpDeps): void {
  const readers = { access: meetingReaders };
  const planners = { access: meetingPlanners };

  pageRoute(
    app,
    deps,
    'GET',
    '/moeder',
    async (ctx, request) => {
      const year = yearOf(request, ctx.today);
      const out = await runUseCase(listMeetings, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        year,
        ...requestedPage(request),
      });
      return (
        <MeetingListPage
          municipality={out.municipality}
          year={year}
          meetings={out.meetings}
          paging={out.paging}
          canPlan={out.can.plan}
        />
      );
    },
    readers,
  );

  pageRoute(app, deps, 'GET', '/moeder/udbakke', (ctx) => outboxPage(ctx, deps), planners);
  formRoute(app, deps, {
    url: '/moeder/udbakke/:invitationId/send-igen',
    pageUrl: '/moeder/udbakke',
    access: meetingPlanners,
    useCase: resendInvitation,
    toInput: (_form, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      invitationId: param(request, 'invitationId'),
    }),
    page: (ctx, request, state) =>
      outboxPage(ctx, deps, state ? { invitationId: param(request, 'invitationId'), state } : undefined),
    redirect: () => '/moeder/udbakke',
  });

  pageRoute(
    app,
    deps,
    'GET',
    '/moeder/udbakke/:invitationId/invitation.ics',
    async (ctx, request) => {
      const out = await runUseCase(getInvitationIcs, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        invitationId: param(request, 'invitationId'),
      });
      const method = out.invitation.method === 'CANCEL' ? 'CANCEL' : 'REQUEST';
      return {
        file: out.invitation.ics,
        type: `text/calendar; charset=utf-8; method=${method}`,
        filename: `invitation-${out.invitation.id}.ics`,
      };
    },
    planners,
  );

  pageRoute(app, deps, 'GET', '/moeder/:id', (ctx, request) => meetingPage(ctx, request), readers);

  registerYearPlanRoutes(app, deps);
  registerMeetingFormRoutes(app, deps);
  registerDocumentationPackageRoutes(app, deps);
  registerCalendarRoutes(app, deps);
  registerInvitationAnswerRoutes(app, deps);
  registerPublicAccountRoutes(app, deps);
}
