import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { defineUseCase } from '../use-case.ts';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.ts';
import { meetingEvent } from '../webhooks/webhook-events.ts';
import { meetingPlanners } from './access.ts';
import { mailInput, meetingRef, reasonInput } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

/** Cancels a meeting with a reason; invited participants get METHOD:CANCEL with the same UID. */
export const cancelMeeting = defineUseCase({
  name: 'cancelMeeting',
  summary: 'Aflys mødet (aflysning sendes til de indkaldte)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({ ...meetingRef, reason: reasonInput('Begrundelsen'), ...mailInput }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingPlanners, action: 'cancelMeeting' },
      async ({ s, meeting, now, clock, save, send }) => {
        const wasInvited = meeting.status === 'invited';
        const saved = await save(
          unwrap(transition(meeting, { type: 'cancel', reason: input.reason }, clock)),
        );
        await emitWebhookEvent(s, meetingEvent('meeting.cancelled', saved), now);
        const invitations = wasInvited ? await send('cancel', saved) : [];
        return { meeting: saved, invitations };
      },
    ),
});
