import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { actorName } from '../agreements/access.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingParties, requireActingParty } from './access.ts';
import { meetingRef, requiredVersion } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

/**
 * Either party comments on the draft minutes or asks for a change with its reason (the dialogue
 * of almenboligloven § 164, stk. 2: both parties stand behind the minutes). Both parties see it
 * with who and when; a change request stays open until the text is edited after it.
 */
export const commentMinutes = defineUseCase({
  name: 'commentMinutes',
  summary: 'Kommentér udkastet til referat eller bed om en ændring',
  mutates: true,
  access: meetingParties,
  input: z.object({
    ...meetingRef,
    version: requiredVersion,
    text: z.string().max(4000, { message: 'Kommentaren må højst være 4.000 tegn' }),
    requestsChange: z.boolean().default(false),
  }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingParties, action: 'commentMinutes' },
      async ({ meeting, clock, save }) => {
        const party = requireActingParty(ctx.actor, input.municipality);
        const comment = {
          type: 'commentMinutes' as const,
          party,
          by: actorName(ctx.actor),
          text: input.text,
          requestsChange: input.requestsChange,
        };
        return { meeting: await save(unwrap(transition(meeting, comment, clock))) };
      },
    ),
});
