import { z } from 'zod';
import { type DialogueParty, transition } from '../../domain/meetings/index.ts';
import { actorName } from '../agreements/access.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { actingOrganisation, authorizeIn, isPlanner, meetingParties, readableMeeting } from './access.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';

/**
 * One party approves the minutes (almenboligloven § 164, stk. 2: both parties' assessments and
 * the agreements must be in them). An organisation user approves for the organisation; the
 * administration approves for the municipality, or records the organisation's approval given
 * outside the system with `party: organisation`. Minutes lacking a part are refused with a
 * message naming it.
 */
export const approveMinutes = defineUseCase({
  name: 'approveMinutes',
  summary: 'Godkend referatet (for kommunen eller boligorganisationen)',
  mutates: true,
  access: meetingParties,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
    party: z.enum(['organisation', 'administration']).optional(),
  }),
  async run(ctx, input) {
    authorizeIn(ctx.actor, meetingParties, input.municipality);
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
      const party: DialogueParty = isPlanner(ctx.actor, input.municipality)
        ? (input.party ?? 'administration')
        : actingOrganisation(ctx.actor, input.municipality)
          ? 'organisation'
          : 'administration';
      const next = unwrap(
        transition(
          meeting,
          { type: 'approveMinutes', party, by: actorName(ctx.actor) },
          { today: ctx.today, now: now.toISOString() },
        ),
      );
      return { meeting: await saveMeeting(s, meeting, next, 'approveMinutes') };
    });
  },
});
