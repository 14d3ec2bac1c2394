import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { optionalDateField } from '../../domain/shared/date-schema.ts';
import { actorName } from '../agreements/access.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { linkBaseInput, meetingRef, requiredVersion } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { type MinutesContent, OBJECTIVE_AREAS, PARTIES_FOR_MINUTES, transition } from './minutes-input.ts';
import { notifyWithdrawnApprovals } from './minutes-notices.ts';
import { stepMeeting } from './step-meeting.ts';

const attendee = z.object({
  name: z.string().trim().min(1, { message: 'Navnet mangler' }).max(200),
  party: z.enum(PARTIES_FOR_MINUTES),
  role: z.string().trim().max(200).default(''),
});

export const minutesContentSchema = z.object({
  participantsPresent: z.array(attendee).max(200).default([]),
  apologies: z.array(attendee).max(200).default([]),
  minuteTaker: z.string().trim().max(200).nullable().default(null),
  items: z
    .array(
      z.object({
        agendaItemId: z.string().min(1),
        summary: z.string().max(20000).default(''),
        outcome: z.string().max(20000).default(''),
      }),
    )
    .max(200)
    .default([]),
  /**
   * Left out by the administration's form: the organisation writes its own assessment
   * (saveAssessment). An API client may still record one given outside the system; it is then
   * shown as written by the administration.
   */
  organisationAssessment: z.string().max(20000).optional(),
  municipalityAssessment: z.string().max(20000).default(''),
  /**
   * A theme meeting's summary ("Referat/sammenfatning", Norddjurs KB 15-11-2022, sag 22/8287):
   * written by the municipality instead of two assessments (domain/meetings/minutes-shape.ts).
   * Left out, the stored summary is kept.
   */
  summary: z.string().max(20000).optional(),
  agreements: z
    .array(
      z.object({
        id: z.string().max(100).optional(),
        text: z.string().trim().min(1, { message: 'Aftalens tekst mangler' }).max(4000),
        objectiveArea: z.enum(OBJECTIVE_AREAS, { message: 'Vælg et målområde' }),
        deadline: optionalDateField('Fristen').default(null),
        responsible: z.string().trim().max(300).default(''),
      }),
    )
    .max(50)
    .default([]),
  noAgreements: z.boolean().default(false),
});

/**
 * Saves the draft minutes (the administration's form: everything but the organisation's own
 * assessment, which the organisation writes — almenboligloven § 164, stk. 2). `version` is the meeting version the editor read (the API's If-Match
 * ETag, the form's hidden field): a stale write is refused with 412 and the stored text stays the
 * winner's, whole. An edit that changes the text withdraws approvals already given (minutes.ts); the other party is told
 * (minutes-notices.ts).
 */
export const saveMinutes = defineUseCase({
  name: 'saveMinutes',
  summary: 'Gem udkast til referat',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    ...meetingRef,
    version: requiredVersion,
    minutes: minutesContentSchema,
    /** Where the notice's link points (PUBLIC_URL), filled by the edge. */
    linkBase: linkBaseInput,
  }),
  run: (ctx, input) =>
    stepMeeting(ctx, input, { access: meetingPlanners, action: 'saveMinutes' }, async (step) => {
      const { s, meeting, now, clock, save } = step;
      const known = new Map((meeting.minutes?.agreements ?? []).map((a) => [a.id, a]));
      const content: MinutesContent = {
        ...input.minutes,
        organisationAssessment:
          input.minutes.organisationAssessment ?? meeting.minutes?.organisationAssessment ?? '',
        summary: input.minutes.summary ?? meeting.minutes?.summary ?? '',
        minuteTaker: input.minutes.minuteTaker || null,
        agreements: input.minutes.agreements.map((a) => ({
          ...a,
          id: a.id && known.has(a.id) ? a.id : `ma-${randomUUID()}`,
        })),
      };
      const editor = { party: 'administration' as const, by: actorName(ctx.actor) };
      const saved = await save(unwrap(transition(meeting, { type: 'draftMinutes', content, editor }, clock)));
      await notifyWithdrawnApprovals(s, meeting, saved, 'administration', now, input.linkBase);
      return { meeting: saved };
    }),
});
