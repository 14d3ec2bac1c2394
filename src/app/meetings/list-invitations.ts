import { z } from 'zod';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';

/** The outbox of calendar invitations sent for the municipality's meetings, newest first. */
export const listInvitations = defineUseCase({
  name: 'listInvitations',
  summary: 'Vis udsendte mødeinvitationer (udbakke)',
  mutates: false,
  access: meetingPlanners,
  input: z.object({ municipality: municipalityCode, meetingId: z.string().max(100).optional() }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      return {
        municipality: { code: municipality.code, name: municipality.name, isDemo: municipality.isDemo },
        invitations: await s.meetings.listInvitations(input.municipality, input.meetingId),
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
