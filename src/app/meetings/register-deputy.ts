import { z } from 'zod';
import { registerDeputy as register } from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';

/**
 * The case officer registers a deputy attending on a participant's behalf (told by phone or
 * mail) — the same record a participant makes from the answer link (answerInvitation). The
 * municipality's case officer only, as for every change of the list (add-participant.ts).
 */
export const registerDeputy = defineUseCase({
  name: 'registerDeputy',
  summary: 'Registrér en stedfortræder for en deltager',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
    participant: z
      .string({ message: 'Vælg den deltager, stedfortræderen kommer for' })
      .min(1, { message: 'Vælg den deltager, stedfortræderen kommer for' })
      .max(400),
    deputyName: z
      .string({ message: 'Skriv stedfortræderens navn' })
      .max(200, { message: 'Navnet må højst være 200 tegn' }),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
      const next = unwrap(register(meeting, input.participant, input.deputyName));
      return { meeting: await saveMeeting(s, meeting, next, 'registerDeputy') };
    });
  },
});
