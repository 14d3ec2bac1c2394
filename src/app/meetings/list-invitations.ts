import { z } from 'zod';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import type { MailLogEntry } from '../mail/mail-store.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';

/**
 * The outbox of calendar invitations sent for the municipality's meetings, newest first, each
 * with its mail's delivery state and log (queued, sent with the server's answer, failed, resent)
 * and whether it may be resent. `mailBySmtp` (filled by the edge from SMTP_URL) says whether the
 * queue is delivered at all, so the page can say plainly when it is not.
 */
export const listInvitations = defineUseCase({
  name: 'listInvitations',
  summary: 'Vis udsendte mødeinvitationer med leveringsstatus (udbakke)',
  mutates: false,
  access: meetingPlanners,
  input: z.object({
    municipality: municipalityCode,
    meetingId: z.string().max(100).optional(),
    mailBySmtp: z.boolean().default(false),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      const invitations = await s.meetings.listInvitations(input.municipality, input.meetingId);
      const logs = await s.outbox.logsFor(
        invitations.flatMap((i) => (i.outboxId === null ? [] : [i.outboxId])),
      );
      return {
        municipality: { code: municipality.code, name: municipality.name, isDemo: municipality.isDemo },
        mailBySmtp: input.mailBySmtp,
        invitations: invitations.map((i) => ({
          ...i,
          log: (i.outboxId === null ? [] : (logs.get(i.outboxId) ?? [])) as MailLogEntry[],
          /** Any invitation carried by a queued mail can be sent again (or, while it waits, at once). */
          canResend: i.delivery !== null,
        })),
      };
    });
  },
});

/** One invitation's .ics file, as sent. */
export const getInvitationIcs = defineUseCase({
  name: 'getInvitationIcs',
  summary: 'Hent en udsendt kalenderinvitation (.ics)',
  mutates: false,
  access: meetingPlanners,
  input: z.object({ municipality: municipalityCode, invitationId: z.coerce.number().int().min(1) }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const invitation = await s.meetings.getInvitation(input.municipality, input.invitationId);
      if (!invitation) throw notFound('Invitationen');
      return { invitation };
    });
  },
});
