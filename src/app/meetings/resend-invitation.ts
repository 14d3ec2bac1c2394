import { z } from 'zod';
import { actorLabel, authorize } from '../actor.ts';
import { AppError, notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';

/**
 * Sends an invitation's mail again, by hand (issue 13, point 1): a failed, withheld or already
 * sent message goes back into the queue as it was (same calendar part, same answer link); one
 * waiting for a retry is tried at once. The delivery log names who asked. A message a worker is
 * sending at this moment is left alone (it would otherwise be sent twice).
 */
export const resendInvitation = defineUseCase({
  name: 'resendInvitation',
  summary: 'Send en mødeinvitation igen',
  mutates: true,
  access: meetingPlanners,
  input: z.object({ municipality: municipalityCode, invitationId: z.coerce.number().int().min(1) }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const invitation = await s.meetings.getInvitation(input.municipality, input.invitationId);
      if (!invitation) throw notFound('Invitationen');
      if (invitation.outboxId === null || invitation.delivery === null) {
        throw new AppError(
          'invalidTransition',
          'Kan ikke sendes igen',
          'Invitationen blev lavet før e-mailkøen; hent .ics-filen og send den selv.',
        );
      }
      if (!(await s.outbox.requeue(invitation.outboxId, now, actorLabel(ctx.actor)))) {
        throw new AppError(
          'conflict',
          'Sendes lige nu',
          `Invitationen til ${invitation.toName} er ved at blive sendt lige nu; se status om lidt.`,
        );
      }
      await s.audit.append({
        municipality: input.municipality,
        action: 'resendInvitation',
        entity: 'meetingInvitation',
        entityId: String(invitation.id),
        before: { delivery: invitation.delivery.state },
        after: { delivery: 'queued' },
      });
      return { invitationId: invitation.id, meetingId: invitation.meetingId };
    });
  },
});
