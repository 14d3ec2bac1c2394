import { z } from 'zod';
import type { ClockTime } from '../../domain/calendar/index.ts';
import { transition } from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.ts';
import { meetingEvent } from '../webhooks/webhook-events.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import {
  clockTimeInput,
  isoDateInput,
  linkBaseInput,
  organizerEmailInput,
  uidDomainInput,
} from './inputs.ts';
import { sendInvitations } from './invitations.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';

/**
 * Moves a meeting. For an invited meeting SEQUENCE rises and an updated invitation (REQUEST,
 * same UID) goes to every participant, so calendars replace the event (RFC 5546 §2.1.4).
 */
export const rescheduleMeeting = defineUseCase({
  name: 'rescheduleMeeting',
  summary: 'Flyt mødet (ny dato, tid eller sted; opdateret invitation)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
    date: isoDateInput('Datoen'),
    startTime: clockTimeInput('Starttidspunktet'),
    endTime: clockTimeInput('Sluttidspunktet'),
    location: z.string().trim().max(300).optional(),
    linkBase: linkBaseInput,
    uidDomain: uidDomainInput,
    organizerEmail: organizerEmailInput,
  }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
      const moved = unwrap(
        transition(
          meeting,
          {
            type: 'reschedule',
            date: input.date,
            startTime: input.startTime as ClockTime,
            endTime: input.endTime as ClockTime,
            ...(input.location === undefined ? {} : { location: input.location }),
          },
          { today: ctx.today, now: now.toISOString() },
        ),
      );
      const saved = await saveMeeting(s, meeting, moved, 'rescheduleMeeting');
      await emitWebhookEvent(s, meetingEvent('meeting.moved', saved), now);
      const invitations =
        saved.status === 'invited' && saved.sequence !== meeting.sequence
          ? await sendInvitations(s, saved, {
              kind: 'update',
              linkBase: input.linkBase,
              uidDomain: input.uidDomain,
              organizerEmail: input.organizerEmail,
              sender: ctx.actor,
              now,
            })
          : [];
      return { meeting: saved, invitations };
    });
  },
});
