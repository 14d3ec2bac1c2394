/**
 * The meeting pages under /moeder (list by year, "Planlæg året", one meeting with its forms, the
 * invitations outbox) and the public accounts under /redegoerelser. Every form posts plain HTML;
 * a refused step or form is shown again on the meeting page with its message (422).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../app/app-error.ts';
import { meetingParties, meetingPlanners, meetingReaders } from '../../app/meetings/access.ts';
import { approveMinutes } from '../../app/meetings/approve-minutes.ts';
import { createCalendarFeed, getCalendarFeed } from '../../app/meetings/calendar-feed.ts';
import { cancelMeeting } from '../../app/meetings/cancel-meeting.ts';
import { confirmYearPlan } from '../../app/meetings/confirm-year-plan.ts';
import { decideOfficialRequest } from '../../app/meetings/decide-official-request.ts';
import {
  getDocumentationPackage,
  markPackageHeldInPortal,
  packageReaders,
  recordPackageDocument,
} from '../../app/meetings/documentation-packages.ts';
import { editAgenda } from '../../app/meetings/edit-agenda.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { getPublishedAccount } from '../../app/meetings/get-published-account.ts';
import { inviteMeeting } from '../../app/meetings/invite-meeting.ts';
import { getInvitationIcs, listInvitations } from '../../app/meetings/list-invitations.ts';
import { listMeetings } from '../../app/meetings/list-meetings.ts';
import { listPublishedAccounts } from '../../app/meetings/list-published-accounts.ts';
import { markHeld } from '../../app/meetings/mark-held.ts';
import { proposeYearPlan } from '../../app/meetings/propose-year-plan.ts';
import { publishMeeting } from '../../app/meetings/publish-meeting.ts';
import { recordAttendance } from '../../app/meetings/record-attendance.ts';
import { requestOfficial } from '../../app/meetings/request-official.ts';
import { rescheduleMeeting } from '../../app/meetings/reschedule-meeting.ts';
import { saveMinutes } from '../../app/meetings/save-minutes.ts';
import { listMunicipalities } from '../../app/registry/list-municipalities.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { formStateFromError, postedFields, unflatten } from '../form-data.ts';
import { formRoute, type PostedForm } from '../form-route.ts';
import { canEditRegistry, requireHomeMunicipality } from '../home-municipality.ts';
import { type PageResult, pageRoute } from '../page-route.ts';
import { CalendarFeedPage } from '../pages/meetings/calendar-feed-page.tsx';
import { DocumentationPackagePage } from '../pages/meetings/documentation-package-page.tsx';
import { MeetingListPage } from '../pages/meetings/meeting-list-page.tsx';
import { type MeetingForm, MeetingPage } from '../pages/meetings/meeting-page.tsx';
import { OutboxPage } from '../pages/meetings/outbox-page.tsx';
import { PlanYearPage } from '../pages/meetings/plan-year-page.tsx';
import {
  AccountIndexPage,
  AccountMunicipalitiesPage,
  AccountPage,
} from '../pages/meetings/public-account-pages.tsx';
import { renderPublishedAccountPdf } from '../pdf/published-account-pdf.ts';

type Flat = Record<string, string>;

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const queryOf = (r: FastifyRequest) => (r.query ?? {}) as Record<string, unknown>;

/** Refusals a form shows again instead of an error page. */
const FORM_ERRORS = new Set([
  'invalidInput',
  'ruleViolation',
  'preconditionFailed',
  'invalidTransition',
  'conflict',
]);

/** The year plan's rows the user left ticked, with their row number in the form. */
function chosenRows(form: PostedForm) {
  const rows = (form.nested.meetings ?? []) as (Record<string, string> | undefined)[];
  return rows.flatMap((m, i) => (m && m.include !== 'false' ? [{ m, i }] : []));
}

function yearOf(request: FastifyRequest, today: string): number {
  const aar = queryOf(request).aar;
  return typeof aar === 'string' && /^\d{4}$/.test(aar) ? Number(aar) : Number(today.slice(0, 4));
}

async function meetingPage(
  ctx: UseCaseContext,
  id: string,
  forms: Partial<Record<MeetingForm, FormState>> = {},
): Promise<PageResult> {
  const out = await runUseCase(getMeeting, ctx, { municipality: requireHomeMunicipality(ctx.actor), id });
  return <MeetingPage {...out} forms={forms} />;
}

/**
 * Runs one step of a meeting from a form: on success back to the meeting page (303); on a
 * refusal the page again with the message at the form (422). A stale form (412) says so.
 */
async function meetingStep(
  ctx: UseCaseContext,
  request: FastifyRequest,
  reply: FastifyReply,
  form: MeetingForm,
  run: (municipality: string, id: string, flat: Flat) => Promise<unknown>,
  prefix = '',
): Promise<PageResult> {
  const id = param(request, 'id');
  const flat = postedFields(request.body);
  const municipality = requireHomeMunicipality(ctx.actor);
  try {
    await run(municipality, id, flat);
  } catch (err) {
    if (err instanceof AppError && FORM_ERRORS.has(err.code)) {
      reply.status(422);
      const state =
        form === 'step' || err.code === 'invalidTransition' || err.code === 'preconditionFailed'
          ? { values: flat, errors: [{ field: 'form', message: err.detail }] }
          : formStateFromError(err, flat, prefix);
      return meetingPage(ctx, id, { [form]: state });
    }
    throw err;
  }
  return { redirect: `/moeder/${encodeURIComponent(id)}` };
}

/** The minutes form's flat fields as the saveMinutes input. */
function minutesFrom(flat: Flat, participants: { name: string; party: string; role: string }[]) {
  const nested = unflatten(flat) as {
    items?: { agendaItemId?: string; summary?: string; outcome?: string }[];
    agreements?: {
      id?: string;
      text?: string;
      objectiveArea?: string;
      deadline?: string;
      responsible?: string;
    }[];
  };
  const attendee = (p: { name: string; party: string; role: string }) => ({
    name: p.name,
    party: p.party,
    role: p.role,
  });
  return {
    participantsPresent: participants.filter((_, i) => flat[`present.${i}`] === 'present').map(attendee),
    apologies: participants.filter((_, i) => flat[`present.${i}`] === 'apology').map(attendee),
    minuteTaker: flat.minuteTaker?.trim() || null,
    items: (nested.items ?? [])
      .filter((i) => i?.agendaItemId)
      .map((i) => ({ agendaItemId: i.agendaItemId, summary: i.summary ?? '', outcome: i.outcome ?? '' })),
    organisationAssessment: flat.organisationAssessment ?? '',
    municipalityAssessment: flat.municipalityAssessment ?? '',
    agreements: (nested.agreements ?? [])
      .filter((a) => a && (a.text ?? '').trim() !== '')
      .map((a) => ({
        ...(a.id ? { id: a.id } : {}),
        text: a.text,
        objectiveArea: a.objectiveArea || undefined,
        deadline: a.deadline || null,
        responsible: a.responsible ?? '',
      })),
    noAgreements: flat.noAgreements === 'true',
  };
}

export function registerMeetingPages(app: FastifyInstance, deps: HttpDeps): void {
  const readers = { access: meetingReaders };
  const planners = { access: meetingPlanners };
  const parties = { access: meetingParties };
  const publicPage = { access: { public: true } as const };
  const linkBase = deps.publicUrl;
  const uidDomain = deps.calendarUidDomain;

  pageRoute(
    app,
    deps,
    'GET',
    '/moeder',
    async (ctx, request) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const year = yearOf(request, ctx.today);
      const out = await runUseCase(listMeetings, ctx, { municipality, year });
      return (
        <MeetingListPage
          municipality={out.municipality}
          year={year}
          meetings={out.meetings}
          canPlan={canEditRegistry(ctx.actor)}
        />
      );
    },
    readers,
  );

  const planPage = async (ctx: UseCaseContext, year: number, state: FormState | null) => {
    const municipality = requireHomeMunicipality(ctx.actor);
    const out = await runUseCase(proposeYearPlan, ctx, { municipality, year });
    const values: Flat = {};
    out.meetings.forEach((m, i) => {
      values[`meetings.${i}.date`] = m.date;
      values[`meetings.${i}.startTime`] = m.startTime;
      values[`meetings.${i}.endTime`] = m.endTime;
      values[`meetings.${i}.location`] = '';
    });
    return (
      <PlanYearPage
        municipality={out.municipality}
        year={year}
        proposals={out.meetings}
        unplaced={out.unplaced}
        alreadyPlanned={out.alreadyPlanned}
        state={state ?? { values, errors: [] }}
      />
    );
  };

  formRoute(app, deps, {
    url: '/moeder/planlaeg',
    access: meetingPlanners,
    useCase: confirmYearPlan,
    page: (ctx, request, state) => planPage(ctx, yearOf(request, ctx.today), state),
    toInput: (form, ctx) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      meetings: chosenRows(form).map(({ m }) => ({
        obligationId: m.obligationId,
        date: m.date || null,
        startTime: m.startTime || null,
        endTime: m.endTime || null,
        location: m.location ?? '',
      })),
    }),
    // Field errors name the chosen row (meetings.0.date); map them back to the form's rows.
    fieldName: (field, form) =>
      field.replace(/^meetings\.(\d+)/, (_m, n: string) => `meetings.${chosenRows(form)[Number(n)]?.i ?? n}`),
    redirect: (_out, ctx, request) => `/moeder?aar=${yearOf(request, ctx.today)}`,
  });

  pageRoute(
    app,
    deps,
    'GET',
    '/moeder/udbakke',
    async (ctx) => {
      const out = await runUseCase(listInvitations, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
      });
      return <OutboxPage municipality={out.municipality} invitations={out.invitations} />;
    },
    planners,
  );

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

  pageRoute(
    app,
    deps,
    'GET',
    '/moeder/:id',
    (ctx, request) => meetingPage(ctx, param(request, 'id')),
    readers,
  );

  const version = (flat: Flat) => flat.version;

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/indkald',
    (ctx, request, reply) =>
      meetingStep(ctx, request, reply, 'step', (municipality, id, flat) =>
        runUseCase(inviteMeeting, ctx, { municipality, id, version: version(flat), linkBase, uidDomain }),
      ),
    planners,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/afholdt',
    (ctx, request, reply) =>
      meetingStep(ctx, request, reply, 'step', (municipality, id, flat) =>
        runUseCase(markHeld, ctx, { municipality, id, version: version(flat) }),
      ),
    planners,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/offentliggoer',
    (ctx, request, reply) =>
      meetingStep(ctx, request, reply, 'step', (municipality, id, flat) =>
        runUseCase(publishMeeting, ctx, { municipality, id, version: version(flat) }),
      ),
    planners,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/godkend',
    (ctx, request, reply) =>
      meetingStep(ctx, request, reply, 'step', (municipality, id, flat) =>
        runUseCase(approveMinutes, ctx, { municipality, id, version: version(flat) }),
      ),
    parties,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/anmodninger',
    (ctx, request, reply) =>
      meetingStep(ctx, request, reply, 'request', (municipality, id, flat) =>
        runUseCase(requestOfficial, ctx, {
          municipality,
          id,
          version: version(flat),
          unit: flat.unit ?? '',
          reason: flat.reason ?? '',
        }),
      ),
    parties,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/anmodninger/:requestId',
    (ctx, request, reply) =>
      meetingStep(ctx, request, reply, 'decision', (municipality, id, flat) =>
        runUseCase(decideOfficialRequest, ctx, {
          municipality,
          id,
          version: version(flat),
          requestId: param(request, 'requestId'),
          decision: flat.decision,
          reason: flat.decisionReason || null,
          personId: flat.personId || null,
          linkBase,
          uidDomain,
        }),
      ),
    planners,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/fremmoede',
    (ctx, request, reply) =>
      meetingStep(ctx, request, reply, 'attendance', (municipality, id, flat) =>
        runUseCase(recordAttendance, ctx, {
          municipality,
          id,
          version: version(flat),
          attendance: (unflatten(flat) as { attendance?: unknown[] }).attendance ?? [],
        }),
      ),
    planners,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/dagsorden',
    (ctx, request, reply) =>
      meetingStep(
        ctx,
        request,
        reply,
        'agenda',
        (municipality, id, flat) =>
          runUseCase(editAgenda, ctx, {
            municipality,
            id,
            version: version(flat),
            edit: { type: 'add', title: flat.agendaTitle ?? '', description: flat.agendaDescription ?? '' },
          }),
        'edit',
      ),
    planners,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/referat',
    (ctx, request, reply) =>
      meetingStep(
        ctx,
        request,
        reply,
        'minutes',
        async (municipality, id, flat) => {
          const current = await runUseCase(getMeeting, ctx, { municipality, id });
          return runUseCase(saveMinutes, ctx, {
            municipality,
            id,
            version: version(flat),
            minutes: minutesFrom(flat, current.meeting.participants),
          });
        },
        'minutes',
      ),
    planners,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/flyt',
    (ctx, request, reply) =>
      meetingStep(ctx, request, reply, 'reschedule', (municipality, id, flat) =>
        runUseCase(rescheduleMeeting, ctx, {
          municipality,
          id,
          version: version(flat),
          date: flat.date ?? '',
          startTime: flat.startTime ?? '',
          endTime: flat.endTime ?? '',
          location: flat.location ?? '',
          linkBase,
          uidDomain,
        }),
      ),
    planners,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/:id/aflys',
    (ctx, request, reply) =>
      meetingStep(ctx, request, reply, 'cancel', (municipality, id, flat) =>
        runUseCase(cancelMeeting, ctx, {
          municipality,
          id,
          version: version(flat),
          reason: flat.cancelReason ?? '',
          linkBase,
          uidDomain,
        }),
      ),
    planners,
  );

  // Public pages: the accounts (almenboligloven § 164, stk. 2).
  pageRoute(
    app,
    deps,
    'GET',
    '/redegoerelser',
    async (ctx) => {
      const out = await runUseCase(listMunicipalities, ctx, {});
      return <AccountMunicipalitiesPage municipalities={out.map((m) => ({ code: m.code, name: m.name }))} />;
    },
    publicPage,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/redegoerelser/:code',
    async (ctx, request) => {
      const out = await runUseCase(listPublishedAccounts, ctx, { municipality: param(request, 'code') });
      return <AccountIndexPage municipality={out.municipality} years={out.years} />;
    },
    publicPage,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/redegoerelser/:code/:id',
    async (ctx, request) => {
      const out = await runUseCase(getPublishedAccount, ctx, {
        municipality: param(request, 'code'),
        id: param(request, 'id'),
      });
      return <AccountPage account={out.account} />;
    },
    publicPage,
  );

  // The documentation package per organisation and steering year.
  const packagePage = async (ctx: UseCaseContext, request: FastifyRequest, state?: FormState) => {
    const out = await runUseCase(getDocumentationPackage, ctx, {
      municipality: requireHomeMunicipality(ctx.actor),
      organisation: param(request, 'organisation'),
      steeringYear: param(request, 'year'),
    });
    return (
      <DocumentationPackagePage
        organisation={out.organisation}
        pkg={out.pkg}
        status={out.status}
        canEdit={canEditRegistry(ctx.actor)}
        today={ctx.today}
        {...(state ? { state } : {})}
      />
    );
  };
  const packageStep =
    (run: (ctx: UseCaseContext, request: FastifyRequest, flat: Flat) => Promise<unknown>) =>
    async (ctx: UseCaseContext, request: FastifyRequest, reply: FastifyReply): Promise<PageResult> => {
      const flat = postedFields(request.body);
      try {
        await run(ctx, request, flat);
      } catch (err) {
        if (err instanceof AppError && FORM_ERRORS.has(err.code)) {
          reply.status(422);
          return packagePage(ctx, request, {
            values: flat,
            errors: [{ field: 'form', message: err.detail }],
          });
        }
        throw err;
      }
      return {
        redirect: `/moeder/dokumentationspakke/${encodeURIComponent(param(request, 'organisation'))}/${encodeURIComponent(param(request, 'year'))}`,
      };
    };
  const packageIds = (ctx: UseCaseContext, request: FastifyRequest) => ({
    municipality: requireHomeMunicipality(ctx.actor),
    organisation: param(request, 'organisation'),
    steeringYear: param(request, 'year'),
  });

  pageRoute(
    app,
    deps,
    'GET',
    '/moeder/dokumentationspakke/:organisation/:year',
    (ctx, request) => packagePage(ctx, request),
    { access: packageReaders },
  );
  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/dokumentationspakke/:organisation/:year/dokumenter',
    packageStep((ctx, request, flat) =>
      runUseCase(recordPackageDocument, ctx, {
        ...packageIds(ctx, request),
        kind: flat.kind,
        receivedOn: flat.receivedOn || null,
      }),
    ),
    planners,
  );
  pageRoute(
    app,
    deps,
    'POST',
    '/moeder/dokumentationspakke/:organisation/:year/portal',
    packageStep((ctx, request, flat) =>
      runUseCase(markPackageHeldInPortal, ctx, { ...packageIds(ctx, request), on: flat.on ?? '' }),
    ),
    planners,
  );

  // The personal calendar feed: made here, read by calendar programs without a login.
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
    readers,
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
        uidDomain,
      });
      return { file: out.ics, type: 'text/calendar; charset=utf-8', filename: 'styringsdialog.ics' };
    },
    publicPage,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/redegoerelser/:code/:id/redegoerelse.pdf',
    async (ctx, request) => {
      const out = await runUseCase(getPublishedAccount, ctx, {
        municipality: param(request, 'code'),
        id: param(request, 'id'),
      });
      return {
        file: await renderPublishedAccountPdf(out.account),
        type: 'application/pdf',
        filename: `redegoerelse-${out.account.meetingId}.pdf`,
      };
    },
    publicPage,
  );
}
