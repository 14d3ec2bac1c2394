import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { actorName } from '../agreements/access.ts';
import { notFound } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { actingParty, authorizeIn, meetingParties, readableMeeting } from './access.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';

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
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number({ message: 'Version mangler' }).int().min(1),
    text: z.string().max(4000, { message: 'Kommentaren må højst være 4.000 tegn' }),
    requestsChange: z.boolean().default(false),
  }),
  async run(ctx, input) {
    authorizeIn(ctx.actor, meetingParties, input.municipality);
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      const party = actingParty(ctx.actor, input.municipality);
      if (party === null) throw notFound('Mødet');
      checkVersion(meeting, input.version);
      const next = unwrap(
        transition(
          meeting,
          {
            type: 'commentMinutes',
            party,
            by: actorName(ctx.actor),
            text: input.text,
            requestsChange: input.requestsChange,
          },
          { today: ctx.today, now: now.toISOString() },
        ),
      );
      return { meeting: await saveMeeting(s, meeting, next, 'commentMinutes') };
    });
  },
});
