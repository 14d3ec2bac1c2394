import { z } from 'zod';
import { removeParticipant as remove } from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import { linkBaseInput, organizerEmailInput, uidDomainInput } from './inputs.ts';
import { sendInvitations } from './invitations.ts';
import { checkVersion, meetingError, saveMeeting } from './meeting-changes.ts';

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
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
    participant: z
      .string({ message: 'Vælg hvem der skal fjernes' })
      .min(1, { message: 'Vælg hvem der skal fjernes' })
      .max(400),
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
      const result = remove(meeting, input.participant);
      if (!result.ok) throw meetingError(result);
      const saved = await saveMeeting(s, meeting, result.meeting, 'removeParticipant');
      const invitations =
        saved.status === 'invited'
          ? await sendInvitations(s, saved, {
              kind: 'uninvite',
              linkBase: input.linkBase,
              uidDomain: input.uidDomain,
              organizerEmail: input.organizerEmail,
              sender: ctx.actor,
              now,
              only: [result.removed],
            })
          : [];
      return { meeting: saved, removed: result.removed.name, invitations };
    });
  },
});
