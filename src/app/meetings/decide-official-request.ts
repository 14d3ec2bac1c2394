import { z } from 'zod';
import { decideOfficialRequest as decide } from '../../domain/meetings/index.ts';
import { invalidInput } from '../app-error.ts';
import { entityId } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { mailInput, meetingRef } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

/**
 * The case officer accepts (naming the official who will attend) or declines (with a reason) a
 * request. An accepted official is added as a participant and, when the meeting is already
 * invited, gets the invitation at once.
 */
export const decideOfficialRequest = defineUseCase({
  name: 'decideOfficialRequest',
  summary: 'Imødekom eller afslå en anmodning om deltagelse af en embedsmand',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    ...meetingRef,
    requestId: entityId,
    decision: z.enum(['accepted', 'declined'], { message: 'Vælg imødekom eller afslå' }),
    reason: z.string().trim().max(4000).nullable().default(null),
    personId: z.string().trim().max(100).nullable().default(null),
    ...mailInput,
  }),
  run: (ctx, input) =>
    stepMeeting(ctx, input, { access: meetingPlanners, action: 'decideOfficialRequest' }, async (step) => {
      const { s, meeting, save, send } = step;
      const pending = meeting.officialRequests.find((r) => r.id === input.requestId);
      const personId = input.personId || pending?.personId || null;
      let participant: { personId: string; name: string; email: string | null } | undefined;
      if (input.decision === 'accepted') {
        if (!personId) {
          throw invalidInput('Vælg hvilken embedsmand der deltager.', [
            { field: 'personId', message: 'Vælg hvilken embedsmand der deltager' },
          ]);
        }
        const person = await s.registry.getPerson(input.municipality, personId);
        if (!person) {
          throw invalidInput('Embedsmanden findes ikke.', [
            { field: 'personId', message: 'Embedsmanden findes ikke i registret' },
          ]);
        }
        participant = { personId: person.id, name: person.name, email: person.email };
      }
      const next = unwrap(
        decide(meeting, input.requestId, {
          decision: input.decision,
          reason: input.reason,
          today: ctx.today,
          ...(participant ? { participant } : {}),
        }),
      );
      const saved = await save(next);
      const added = saved.participants.filter(
        (p) =>
          participant &&
          p.personId === participant.personId &&
          !meeting.participants.some((q) => q.personId === p.personId),
      );
      const invitations =
        saved.status === 'invited' && added.length > 0 ? await send('invite', saved, added) : [];
      return { meeting: saved, invitations };
    }),
});
