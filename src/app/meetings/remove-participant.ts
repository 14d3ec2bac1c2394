import { z } from 'zod';
import { removeParticipant as remove } from '../../domain/meetings/index.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { mailInput, meetingRef } from './inputs.ts';
import { meetingError } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

/**
 * The case officer takes a participant off the meeting (with their deputy). When the meeting is
 * invited, that person alone gets a cancellation (METHOD:CANCEL, same UID, the raised SEQUENCE;
 * RFC 5546 §3.2.5) and their answer link stops working; the others get nothing — their
 * invitations name only themselves. Who may: as addParticipant.
 */
export const removeParticipant = defineUseCase({
  name: 'removeParticipant',
  summary: 'Fjern en deltager fra mødet (kun den fjernede får en aflysning)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    ...meetingRef,
    participant: z
      .string({ message: 'Vælg hvem der skal fjernes' })
      .min(1, { message: 'Vælg hvem der skal fjernes' })
      .max(400),
    ...mailInput,
  }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingPlanners, action: 'removeParticipant' },
      async ({ meeting, save, send }) => {
        const result = remove(meeting, input.participant);
        if (!result.ok) throw meetingError(result);
        const saved = await save(result.meeting);
        const invitations = saved.status === 'invited' ? await send('uninvite', saved, [result.removed]) : [];
        return { meeting: saved, removed: result.removed.name, invitations };
      },
    ),
});
