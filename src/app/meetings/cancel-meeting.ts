import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.ts';
import { meetingEvent } from '../webhooks/webhook-events.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import { linkBaseInput, organizerEmailInput, reasonInput, uidDomainInput } from './inputs.ts';
import { sendInvitations } from './invitations.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';

/** Cancels a meeting with a reason; invited participants get METHOD:CANCEL with the same UID. */
export const cancelMeeting = defineUseCase({
  name: 'cancelMeeting',
  summary: 'Aflys mødet (aflysning sendes til de indkaldte)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
    reason: reasonInput('Begrundelsen'),
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
      const wasInvited = meeting.status === 'invited';
      const cancelled = unwrap(
        transition(
          meeting,
          { type: 'cancel', reason: input.reason },
          { today: ctx.today, now: now.toISOString() },
        ),
      );
      const saved = await saveMeeting(s, meeting, cancelled, 'cancelMeeting');
      await emitWebhookEvent(s, meetingEvent('meeting.cancelled', saved), now);
      const invitations = wasInvited
        ? await sendInvitations(s, saved, {
            kind: 'cancel',
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
