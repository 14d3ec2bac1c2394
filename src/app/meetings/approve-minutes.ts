import { z } from 'zod';
import { type DialogueParty, transition } from '../../domain/meetings/index.ts';
import { actorName } from '../agreements/access.ts';
import { defineUseCase } from '../use-case.ts';
import { actingOrganisation, isPlanner, meetingParties } from './access.ts';
import { meetingRef } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

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
  input: z.object({ ...meetingRef, party: z.enum(['organisation', 'administration']).optional() }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingParties, action: 'approveMinutes' },
      async ({ meeting, clock, save }) => {
        const party: DialogueParty = isPlanner(ctx.actor, input.municipality)
          ? (input.party ?? 'administration')
          : actingOrganisation(ctx.actor, input.municipality)
            ? 'organisation'
            : 'administration';
        const next = unwrap(
          transition(meeting, { type: 'approveMinutes', party, by: actorName(ctx.actor) }, clock),
        );
        return { meeting: await save(next) };
      },
    ),
});
