/**
 * The forms of the meeting page (/moeder/:id), declared: the use case each posts to, how the
 * posted fields become its input, and how its field names map back to the form's. formRoute
 * does the rest (422/412 with the page again, 303 back to the meeting on success).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AccessPolicy } from '../../app/actor.ts';
import { meetingParties, meetingPlanners } from '../../app/meetings/access.ts';
import { addParticipant } from '../../app/meetings/add-participant.ts';
import { approveMinutes } from '../../app/meetings/approve-minutes.ts';
import { cancelMeeting } from '../../app/meetings/cancel-meeting.ts';
import { commentMinutes } from '../../app/meetings/comment-minutes.ts';
import { decideOfficialRequest } from '../../app/meetings/decide-official-request.ts';
import { editAgenda } from '../../app/meetings/edit-agenda.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { inviteMeeting } from '../../app/meetings/invite-meeting.ts';
import { markHeld } from '../../app/meetings/mark-held.ts';
import { publishMeeting } from '../../app/meetings/publish-meeting.ts';
import { recordAttendance } from '../../app/meetings/record-attendance.ts';
import { registerDeputy } from '../../app/meetings/register-deputy.ts';
import { removeParticipant } from '../../app/meetings/remove-participant.ts';
import { reopenMinutes } from '../../app/meetings/reopen-minutes.ts';
import { requestOfficial } from '../../app/meetings/request-official.ts';
import { rescheduleMeeting } from '../../app/meetings/reschedule-meeting.ts';
import { saveAssessment } from '../../app/meetings/save-assessment.ts';
import { saveMinutes } from '../../app/meetings/save-minutes.ts';
import { withdrawPublishedAccount } from '../../app/meetings/withdraw-published-account.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCase, UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { FORM_FIELD, formRoute, type PostedForm } from '../form-route.ts';
import type { MeetingForm } from '../pages/meetings/meeting-page.tsx';
import { decisionField } from '../pages/meetings/official-requests-section.tsx';
import { meetingIds, meetingPage, param } from './meeting-route-helpers.tsx';
import { minutesFieldName, minutesFrom } from './minutes-form-input.ts';

interface MeetingFormSpec<S extends z.ZodType, O> {
  /** The path under /moeder/:id/. */
  path: string;
  form: MeetingForm;
  access: AccessPolicy;
  useCase: UseCase<S, O>;
  /** The use case's input besides municipality, id and version. */
  input(form: PostedForm, ctx: UseCaseContext, request: FastifyRequest): unknown;
  fieldName?(field: string, form: PostedForm, request: FastifyRequest): string;
  /** Which of several forms of the same kind was posted (the request a decision answers). */
  key?(request: FastifyRequest): string;
}

function meetingForm<S extends z.ZodType, O>(
  app: FastifyInstance,
  deps: HttpDeps,
  spec: MeetingFormSpec<S, O>,
) {
  formRoute(app, deps, {
    url: `/moeder/:id/${spec.path}`,
    pageUrl: '/moeder/:id',
    access: spec.access,
    useCase: spec.useCase,
    toInput: async (form, ctx, request) => ({
      ...meetingIds(ctx, request),
      version: form.fields.version,
      ...((await spec.input(form, ctx, request)) as object),
    }),
    page: (ctx, request, state) =>
      meetingPage(
        ctx,
        request,
        state ? { form: spec.form, ...(spec.key ? { key: spec.key(request) } : {}), state } : undefined,
      ),
    redirect: (_out, _ctx, request) => `/moeder/${encodeURIComponent(param(request, 'id'))}`,
    ...(spec.fieldName ? { fieldName: spec.fieldName } : {}),
  });
}

/** Renames some of a use case's field names to the form's; others stay as they are. */
const renamed =
  (names: Record<string, string>) =>
  (field: string): string =>
    names[field] ?? field;

export function registerMeetingFormRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const calendar = {
    linkBase: deps.publicUrl,
    uidDomain: deps.calendarUidDomain,
    organizerEmail: deps.calendarOrganizerEmail,
  };
  const step = { input: () => ({}), fieldName: () => FORM_FIELD };

  meetingForm(app, deps, {
    path: 'indkald',
    form: 'invite',
    access: meetingPlanners,
    useCase: inviteMeeting,
    ...step,
    input: () => calendar,
  });
  meetingForm(app, deps, {
    path: 'afholdt',
    form: 'markHeld',
    access: meetingPlanners,
    useCase: markHeld,
    ...step,
  });
  meetingForm(app, deps, {
    path: 'offentliggoer',
    form: 'publish',
    access: meetingPlanners,
    useCase: publishMeeting,
    ...step,
  });
  meetingForm(app, deps, {
    path: 'godkend',
    form: 'approve',
    access: meetingParties,
    useCase: approveMinutes,
    ...step,
  });

  meetingForm(app, deps, {
    path: 'anmodninger',
    form: 'request',
    access: meetingParties,
    useCase: requestOfficial,
    input: (form) => ({ unit: form.fields.unit ?? '', reason: form.fields.reason ?? '' }),
  });

  meetingForm(app, deps, {
    path: 'anmodninger/:requestId',
    form: 'decision',
    access: meetingPlanners,
    useCase: decideOfficialRequest,
    key: (request) => param(request, 'requestId'),
    input: (form, _ctx, request) => {
      const requestId = param(request, 'requestId');
      return {
        ...calendar,
        requestId,
        decision: form.fields.decision,
        reason: form.fields[decisionField(requestId, 'reason')] || null,
        personId: form.fields[decisionField(requestId, 'personId')] || null,
      };
    },
    fieldName: (field, _form, request) => {
      const requestId = param(request, 'requestId');
      return renamed({
        reason: decisionField(requestId, 'reason'),
        decisionReason: decisionField(requestId, 'reason'),
        personId: decisionField(requestId, 'personId'),
      })(field);
    },
  });

  meetingForm(app, deps, {
    path: 'fremmoede',
    form: 'attendance',
    access: meetingPlanners,
    useCase: recordAttendance,
    input: (form) => ({ attendance: ((form.nested.attendance ?? []) as unknown[]).filter(Boolean) }),
  });

  meetingForm(app, deps, {
    path: 'deltagere',
    form: 'addParticipant',
    access: meetingPlanners,
    useCase: addParticipant,
    input: (form) => ({ ...calendar, personId: form.fields.newParticipant ?? '' }),
    fieldName: renamed({ personId: 'newParticipant' }),
  });

  meetingForm(app, deps, {
    path: 'deltagere/fjern',
    form: 'removeParticipant',
    access: meetingPlanners,
    useCase: removeParticipant,
    input: (form) => ({ ...calendar, participant: form.fields.removeParticipant ?? '' }),
    fieldName: renamed({ participant: 'removeParticipant' }),
  });

  meetingForm(app, deps, {
    path: 'stedfortraeder',
    form: 'deputy',
    access: meetingPlanners,
    useCase: registerDeputy,
    input: (form) => ({ participant: form.fields.deputyFor ?? '', deputyName: form.fields.deputyName ?? '' }),
    fieldName: renamed({ participant: 'deputyFor' }),
  });

  meetingForm(app, deps, {
    path: 'dagsorden',
    form: 'agenda',
    access: meetingPlanners,
    useCase: editAgenda,
    input: (form) => ({
      edit: {
        type: 'add',
        title: form.fields.agendaTitle ?? '',
        description: form.fields.agendaDescription ?? '',
      },
    }),
    fieldName: renamed({ 'edit.title': 'agendaTitle', 'edit.description': 'agendaDescription' }),
  });

  meetingForm(app, deps, {
    path: 'referat',
    form: 'minutes',
    access: meetingPlanners,
    useCase: saveMinutes,
    input: async (form, ctx, request) => {
      const current = await runUseCase(getMeeting, ctx, meetingIds(ctx, request));
      return { linkBase: deps.publicUrl, minutes: minutesFrom(form, current.meeting.participants) };
    },
    fieldName: (field, form) => minutesFieldName(field, form),
  });

  meetingForm(app, deps, {
    path: 'vurdering',
    form: 'assessment',
    access: meetingParties,
    useCase: saveAssessment,
    input: (form) => ({ linkBase: deps.publicUrl, text: form.fields.assessment ?? '' }),
    fieldName: renamed({ text: 'assessment' }),
  });

  meetingForm(app, deps, {
    path: 'kommentar',
    form: 'comment',
    access: meetingParties,
    useCase: commentMinutes,
    input: (form) => ({
      text: form.fields.comment ?? '',
      requestsChange: form.fields.requestsChange === 'true',
    }),
    fieldName: renamed({ text: 'comment' }),
  });

  meetingForm(app, deps, {
    path: 'genaabn',
    form: 'reopen',
    access: meetingPlanners,
    useCase: reopenMinutes,
    input: (form) => ({ reason: form.fields.reopenReason ?? '' }),
    fieldName: renamed({ reason: 'reopenReason' }),
  });

  meetingForm(app, deps, {
    path: 'traek-tilbage',
    form: 'withdraw',
    access: meetingPlanners,
    useCase: withdrawPublishedAccount,
    input: (form) => ({ reason: form.fields.withdrawReason ?? '' }),
    fieldName: renamed({ reason: 'withdrawReason' }),
  });

  meetingForm(app, deps, {
    path: 'flyt',
    form: 'reschedule',
    access: meetingPlanners,
    useCase: rescheduleMeeting,
    input: (form) => ({
      ...calendar,
      date: form.fields.date ?? '',
      startTime: form.fields.startTime ?? '',
      endTime: form.fields.endTime ?? '',
      location: form.fields.location ?? '',
    }),
  });

  meetingForm(app, deps, {
    path: 'aflys',
    form: 'cancel',
    access: meetingPlanners,
    useCase: cancelMeeting,
    input: (form) => ({ ...calendar, reason: form.fields.cancelReason ?? '' }),
    fieldName: renamed({ reason: 'cancelReason' }),
  });
}
