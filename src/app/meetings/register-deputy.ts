import { z } from 'zod';
import { registerDeputy as register } from '../../domain/meetings/index.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { meetingRef } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

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
    ...meetingRef,
    participant: z
      .string({ message: 'Vælg den deltager, stedfortræderen kommer for' })
      .min(1, { message: 'Vælg den deltager, stedfortræderen kommer for' })
      .max(400),
    deputyName: z
      .string({ message: 'Skriv stedfortræderens navn' })
      .max(200, { message: 'Navnet må højst være 200 tegn' }),
  }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingPlanners, action: 'registerDeputy' },
      async ({ meeting, save }) => {
        const next = unwrap(register(meeting, input.participant, input.deputyName));
        return { meeting: await save(next) };
      },
    ),
});
