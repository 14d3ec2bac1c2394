/**
 * /api/v1 meeting routes: the year plan, meetings and their lifecycle steps, the minutes (GET
 * with an ETag, PUT with If-Match: a stale write gets 412), the invitations outbox and the
 * public accounts. Invalid lifecycle steps answer problem+json 409 naming the missing step.
 * The participant list (add, remove, a deputy) as the meeting page's forms do it: the same use
 * cases and access, the version as If-Match or `version` in the body; a participant is named by
 * the `key` each participant carries in the meeting.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { meetingsTable } from '../../app/exports/list-exports.ts';
import { addParticipant } from '../../app/meetings/add-participant.ts';
import { approveMinutes } from '../../app/meetings/approve-minutes.ts';
import { createCalendarFeed } from '../../app/meetings/calendar-feed.ts';
import { cancelMeeting } from '../../app/meetings/cancel-meeting.ts';
import { confirmYearPlan } from '../../app/meetings/confirm-year-plan.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { decideOfficialRequest } from '../../app/meetings/decide-official-request.ts';
import {
  getDocumentationPackage,
  markPackageHeldInPortal,
  recordPackageDocument,
} from '../../app/meetings/documentation-packages.ts';
import { editAgenda } from '../../app/meetings/edit-agenda.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { getPublishedAccount } from '../../app/meetings/get-published-account.ts';
import { inviteMeeting } from '../../app/meetings/invite-meeting.ts';
import { listInvitations } from '../../app/meetings/list-invitations.ts';
import { listMeetings } from '../../app/meetings/list-meetings.ts';
import { listPublishedAccounts } from '../../app/meetings/list-published-accounts.ts';
import { markHeld } from '../../app/meetings/mark-held.ts';
import { proposeYearPlan } from '../../app/meetings/propose-year-plan.ts';
import { publishMeeting } from '../../app/meetings/publish-meeting.ts';
import { recordAttendance } from '../../app/meetings/record-attendance.ts';
import { registerDeputy } from '../../app/meetings/register-deputy.ts';
import { removeParticipant } from '../../app/meetings/remove-participant.ts';
import { reopenMinutes } from '../../app/meetings/reopen-minutes.ts';
import { requestOfficial } from '../../app/meetings/request-official.ts';
import { rescheduleMeeting } from '../../app/meetings/reschedule-meeting.ts';
import { resendInvitation } from '../../app/meetings/resend-invitation.ts';
import { saveMinutes } from '../../app/meetings/save-minutes.ts';
import type { Meeting } from '../../domain/meetings/index.ts';
import { formatDayMonth } from '../../domain/shared/date-input.ts';
import type { HttpDeps } from '../request-context.ts';
import { inputPart, useCaseRoute } from '../use-case-route.ts';
import {
  etagOf,
  invitationResponse,
  meetingResponse,
  meetingSummaryResponse,
  minutesResponse,
  presentMeeting,
  presentMeetingSummary,
  versionFromIfMatch,
} from './presenters.ts';

const params = (r: FastifyRequest) => r.params as Record<string, string>;
const query = (r: FastifyRequest) => (r.query ?? {}) as Record<string, string>;
const body = (r: FastifyRequest) => (r.body ?? {}) as Record<string, unknown>;
const base = '/api/v1/municipalities/:municipality/meetings';
const tags = ['meetings'];

/** The answer of a step that returns the meeting alone. */
const meetingOnly = {
  response: z.object({ meeting: meetingResponse }),
  present: (out: { meeting: Meeting }) => ({ meeting: presentMeeting(out.meeting) }),
};
/** The minutes as read and as saved (GET and PUT …/minutes), with the version as ETag. */
const minutesOnly = {
  response: z.object({ version: z.number(), status: z.string(), minutes: minutesResponse.nullable() }),
  present: (out: { meeting: Meeting }) => ({
    version: out.meeting.version,
    status: out.meeting.status,
    minutes: out.meeting.minutes,
  }),
  headers: (out: { meeting: Meeting }) => ({ etag: etagOf(out.meeting.version) }),
};
const meetingAndInvitations = z.object({
  meeting: meetingResponse,
  invitations: z.array(invitationResponse),
});
const presentWithInvitations = (out: {
  meeting: Parameters<typeof presentMeeting>[0];
  invitations: z.input<typeof invitationResponse>[];
}) => ({
  meeting: presentMeeting(out.meeting),
  invitations: out.invitations,
});
const ids = (r: FastifyRequest) => ({ municipality: params(r).municipality, id: params(r).id });
/** The version a step is based on: If-Match wins over a `version` in the body. */
const versionOf = (r: FastifyRequest) => {
  // Read the body's version even when If-Match wins, so the strict edge does not call it unknown.
  const inBody = body(r).version;
  return versionFromIfMatch(r.headers['if-match']) ?? inBody;
};

export function registerMeetingsApi(app: FastifyInstance, deps: HttpDeps): void {
  const linkBase = deps.publicUrl;
  const uidDomain = deps.calendarUidDomain;
  const organizerEmail = deps.calendarOrganizerEmail;

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/plan`,
    tags,
    useCase: proposeYearPlan,
    querystring: z.object({ year: z.coerce.number().int() }),
    input: (r) => ({ municipality: params(r).municipality, year: query(r).year }),
    response: z.object({
      year: z.number(),
      meetings: z.array(
        z.object({
          obligationId: z.string(),
          kind: z.string(),
          label: z.string(),
          organisation: z.string().nullable(),
          organisationId: z.string().nullable(),
          date: z.string(),
          startTime: z.string(),
          endTime: z.string(),
        }),
      ),
      unplaced: z.array(z.object({ obligationId: z.string(), reason: z.string() })),
    }),
    present: (out) => ({ year: out.year, meetings: out.meetings, unplaced: out.unplaced }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/plan`,
    tags,
    useCase: confirmYearPlan,
    input: (r) => ({ municipality: params(r).municipality, meetings: body(r).meetings }),
    body: z.object({ meetings: inputPart(confirmYearPlan, 'meetings') }),
    response: z.object({ meetings: z.array(meetingResponse) }),
    present: (out) => ({ meetings: out.meetings.map(presentMeeting) }),
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: base,
    tags,
    useCase: listMeetings,
    // A keyset page of summaries; each names its whole meeting in `links.self` (issue 18).
    paged: 'after',
    description:
      'Listen giver et resumé af hvert møde (dato, type, organisation, status, version) – ikke deltagere, ' +
      'dagsorden eller referat. Hele mødet hentes med GET på `links.self` (…/meetings/{id}). ' +
      'Siderne følger `next`.',
    querystring: z.object({ year: z.coerce.number().int().optional() }),
    input: (r) => ({ municipality: params(r).municipality, year: query(r).year }),
    response: z.object({ meetings: z.array(meetingSummaryResponse) }),
    present: (out) => ({
      meetings: out.meetings.map((m) => presentMeetingSummary(m.meeting, m.organisationName)),
    }),
    export: (out) => meetingsTable(out.municipality?.code ?? 'moeder', out),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: base,
    tags,
    useCase: createMeeting,
    input: (r) => ({ municipality: params(r).municipality, meeting: body(r) }),
    body: inputPart(createMeeting, 'meeting'),
    ...meetingOnly,
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/:id`,
    tags,
    useCase: getMeeting,
    input: ids,
    response: z.object({ meeting: meetingResponse, allowedActions: z.array(z.string()) }),
    present: (out) => ({ meeting: presentMeeting(out.meeting), allowedActions: [...out.allowedActions] }),
    headers: (out) => ({ etag: etagOf(out.meeting.version) }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/agenda`,
    tags,
    useCase: editAgenda,
    input: (r) => ({ ...ids(r), version: versionOf(r), edit: body(r) }),
    body: inputPart(editAgenda, 'edit'),
    ...meetingOnly,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/invite`,
    tags,
    useCase: inviteMeeting,
    input: (r) => ({ ...ids(r), version: versionOf(r), linkBase, uidDomain, organizerEmail }),
    response: meetingAndInvitations,
    present: presentWithInvitations,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/reschedule`,
    tags,
    useCase: rescheduleMeeting,
    input: (r) => ({ ...body(r), ...ids(r), version: versionOf(r), linkBase, uidDomain, organizerEmail }),
    body: z.object({
      date: z.string(),
      startTime: z.string(),
      endTime: z.string(),
      location: z.string().optional(),
    }),
    response: meetingAndInvitations,
    present: presentWithInvitations,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/cancel`,
    tags,
    useCase: cancelMeeting,
    input: (r) => ({
      ...ids(r),
      version: versionOf(r),
      reason: body(r).reason,
      linkBase,
      uidDomain,
      organizerEmail,
    }),
    body: z.object({ reason: z.string() }),
    response: meetingAndInvitations,
    present: presentWithInvitations,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/official-requests`,
    tags,
    useCase: requestOfficial,
    input: (r) => ({
      ...ids(r),
      version: versionOf(r),
      unit: body(r).unit,
      personId: body(r).personId ?? null,
      reason: body(r).reason,
    }),
    body: z.object({ unit: z.string(), reason: z.string(), personId: z.string().nullable().optional() }),
    ...meetingOnly,
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/official-requests/:requestId/decision`,
    tags,
    useCase: decideOfficialRequest,
    input: (r) => ({
      ...ids(r),
      version: versionOf(r),
      requestId: params(r).requestId,
      decision: body(r).decision,
      reason: body(r).reason ?? null,
      personId: body(r).personId ?? null,
      linkBase,
      uidDomain,
      organizerEmail,
    }),
    body: z.object({
      decision: z.enum(['accepted', 'declined']),
      reason: z.string().nullable().optional(),
      personId: z.string().nullable().optional(),
    }),
    response: meetingAndInvitations,
    present: presentWithInvitations,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/attendance`,
    tags,
    useCase: recordAttendance,
    input: (r) => ({ ...ids(r), version: versionOf(r), attendance: body(r).attendance }),
    body: z.object({ attendance: z.array(z.object({ participant: z.string(), attendance: z.string() })) }),
    ...meetingOnly,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/participants`,
    tags,
    useCase: addParticipant,
    input: (r) => ({
      ...ids(r),
      version: versionOf(r),
      personId: body(r).personId,
      linkBase,
      uidDomain,
      organizerEmail,
    }),
    body: z.object({
      personId: inputPart(addParticipant, 'personId'),
      version: z.number().int().optional(),
    }),
    response: meetingAndInvitations,
    present: presentWithInvitations,
    headers: (out) => ({ etag: etagOf(out.meeting.version) }),
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'DELETE',
    url: `${base}/:id/participants/:participant`,
    tags,
    useCase: removeParticipant,
    input: (r) => ({
      ...ids(r),
      version: versionFromIfMatch(r.headers['if-match']),
      participant: params(r).participant,
      linkBase,
      uidDomain,
      organizerEmail,
    }),
    response: meetingAndInvitations.extend({ removed: z.string() }),
    present: (out) => ({ ...presentWithInvitations(out), removed: out.removed }),
    headers: (out) => ({ etag: etagOf(out.meeting.version) }),
  });

  useCaseRoute(app, deps, {
    method: 'PUT',
    url: `${base}/:id/participants/:participant/deputy`,
    tags,
    useCase: registerDeputy,
    input: (r) => ({
      ...ids(r),
      version: versionOf(r),
      participant: params(r).participant,
      deputyName: body(r).deputyName,
    }),
    body: z.object({
      deputyName: inputPart(registerDeputy, 'deputyName'),
      version: z.number().int().optional(),
    }),
    ...meetingOnly,
    headers: (out) => ({ etag: etagOf(out.meeting.version) }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/held`,
    tags,
    useCase: markHeld,
    input: (r) => ({ ...ids(r), version: versionOf(r) }),
    ...meetingOnly,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/:id/minutes`,
    tags,
    useCase: getMeeting,
    operationId: 'getMinutes',
    input: ids,
    ...minutesOnly,
  });

  useCaseRoute(app, deps, {
    method: 'PUT',
    url: `${base}/:id/minutes`,
    tags,
    useCase: saveMinutes,
    input: (r) => {
      const { version, ...minutes } = body(r);
      return { ...ids(r), version: versionFromIfMatch(r.headers['if-match']) ?? version, minutes, linkBase };
    },
    // The version as If-Match (the ETag read) or in the body.
    body: z.object({ version: z.number().int().optional() }).and(inputPart(saveMinutes, 'minutes')),
    ...minutesOnly,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/minutes/approve`,
    tags,
    useCase: approveMinutes,
    input: (r) => ({ ...ids(r), version: versionOf(r), party: body(r).party }),
    body: z.object({ party: z.enum(['organisation', 'administration']).optional() }),
    ...meetingOnly,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/minutes/reopen`,
    tags,
    useCase: reopenMinutes,
    input: (r) => ({ ...ids(r), version: versionOf(r), reason: body(r).reason }),
    body: z.object({ reason: z.string() }),
    ...meetingOnly,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/publish`,
    tags,
    useCase: publishMeeting,
    input: (r) => ({ ...ids(r), version: versionOf(r) }),
    response: z.object({ meeting: meetingResponse, path: z.string(), agreementIds: z.array(z.string()) }),
    present: (out) => ({
      meeting: presentMeeting(out.meeting),
      path: out.path,
      agreementIds: out.agreementIds,
    }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/municipalities/:municipality/invitations',
    tags,
    useCase: listInvitations,
    input: (r) => ({
      municipality: params(r).municipality,
      meetingId: query(r).meetingId,
      mailBySmtp: deps.mailBySmtp ?? false,
    }),
    querystring: z.object({ meetingId: z.string().optional() }),
    response: z.object({ invitations: z.array(invitationResponse) }),
    present: (out) => ({ invitations: out.invitations }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: '/api/v1/municipalities/:municipality/invitations/:invitationId/resend',
    tags,
    useCase: resendInvitation,
    input: (r) => ({ municipality: params(r).municipality, invitationId: params(r).invitationId }),
    response: z.object({ invitationId: z.number(), meetingId: z.string() }),
    present: (out) => out,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/municipalities/:municipality/accounts',
    tags,
    useCase: listPublishedAccounts,
    input: (r) => ({ municipality: params(r).municipality }),
    response: z.object({
      years: z.array(
        z.object({
          year: z.number(),
          held: z.number(),
          total: z.number(),
          coverage: z.string(),
          accounts: z.array(
            z.object({
              meetingId: z.string(),
              title: z.string(),
              organisation: z.string().nullable(),
              heldOn: z.string().nullable(),
              publishedOn: z.string().nullable(),
              path: z.string(),
            }),
          ),
        }),
      ),
    }),
    present: (out) => ({ years: out.years }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/municipalities/:municipality/accounts/:id',
    tags,
    useCase: getPublishedAccount,
    input: (r) => ({ ...ids(r), ...(query(r).version ? { version: query(r).version } : {}) }),
    querystring: z.object({ version: z.string().optional() }),
    response: z.object({
      account: z.record(z.string(), z.unknown()),
      version: z.number(),
      publishedOn: z.string(),
      correction: z.object({ reason: z.string(), on: z.string() }).nullable(),
      latest: z.boolean(),
      versions: z.array(
        z.object({
          version: z.number(),
          publishedOn: z.string(),
          correction: z.object({ reason: z.string(), on: z.string() }).nullable(),
        }),
      ),
    }),
    present: (out) => ({ ...out, account: { ...out.account } }),
  });

  const packageBase =
    '/api/v1/municipalities/:municipality/organisations/:organisation/documentation-packages/:steeringYear';
  const packageIds = (r: FastifyRequest) => ({
    municipality: params(r).municipality,
    organisation: params(r).organisation,
    steeringYear: params(r).steeringYear,
  });
  const packageResponse = z.object({
    pkg: z.object({
      organisationId: z.string(),
      steeringYear: z.number(),
      accountingYearEnd: z.string(),
      documents: z.array(
        z.object({
          kind: z.string(),
          receivedOn: z.string().nullable(),
          reference: z.string().nullable(),
          note: z.string().nullable(),
        }),
      ),
      markedHeldInPortal: z.object({ on: z.string(), by: z.string() }).nullable(),
    }),
    status: z.object({
      status: z.string(),
      dueBy: z.string(),
      completedOn: z.string().nullable(),
      missing: z.array(z.string()),
      receivedLate: z.array(z.string()),
      portalMarking: z.string(),
      findings: z.array(z.object({ code: z.string(), severity: z.string(), message: z.string() })),
    }),
  });
  const presentPackage = (out: z.input<typeof packageResponse>) => ({
    // The accounting year end is written dd-mm, like the registry's organisations.
    pkg: { ...out.pkg, accountingYearEnd: formatDayMonth(out.pkg.accountingYearEnd) },
    status: {
      ...out.status,
      findings: out.status.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
    },
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: packageBase,
    tags,
    useCase: getDocumentationPackage,
    input: packageIds,
    response: packageResponse,
    present: presentPackage,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${packageBase}/documents`,
    tags,
    useCase: recordPackageDocument,
    input: (r) => ({
      ...packageIds(r),
      kind: body(r).kind,
      receivedOn: body(r).receivedOn ?? null,
      reference: body(r).reference ?? null,
    }),
    body: z.object({
      kind: z.string(),
      receivedOn: z.string().nullable(),
      reference: z.string().nullable().optional(),
    }),
    response: packageResponse,
    present: presentPackage,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${packageBase}/portal-marking`,
    tags,
    useCase: markPackageHeldInPortal,
    input: (r) => ({ ...packageIds(r), on: body(r).on }),
    body: z.object({ on: z.string() }),
    response: packageResponse,
    present: presentPackage,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: '/api/v1/municipalities/:municipality/calendar-feeds',
    tags,
    useCase: createCalendarFeed,
    input: (r) => ({ municipality: params(r).municipality, linkBase }),
    response: z.object({ url: z.string() }),
    present: (out) => out,
    successStatus: 201,
  });
}
