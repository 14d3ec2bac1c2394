import { z } from 'zod';
import type { ClockTime } from '../../domain/calendar/index.ts';
import { transition } from '../../domain/meetings/index.ts';
import { defineUseCase } from '../use-case.ts';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.ts';
import { meetingEvent } from '../webhooks/webhook-events.ts';
import { meetingPlanners } from './access.ts';
import { clockTimeInput, isoDateInput, mailInput, meetingRef } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

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
    ...meetingRef,
    date: isoDateInput('Datoen'),
    startTime: clockTimeInput('Starttidspunktet'),
    endTime: clockTimeInput('Sluttidspunktet'),
    location: z.string().trim().max(300).optional(),
    ...mailInput,
  }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingPlanners, action: 'rescheduleMeeting' },
      async ({ s, meeting, now, clock, save, send }) => {
        const move = {
          type: 'reschedule' as const,
          date: input.date,
          startTime: input.startTime as ClockTime,
          endTime: input.endTime as ClockTime,
          ...(input.location === undefined ? {} : { location: input.location }),
        };
        const saved = await save(unwrap(transition(meeting, move, clock)));
        await emitWebhookEvent(s, meetingEvent('meeting.moved', saved), now);
        const invitations =
          saved.status === 'invited' && saved.sequence !== meeting.sequence
            ? await send('update', saved)
            : [];
        return { meeting: saved, invitations };
      },
    ),
});
