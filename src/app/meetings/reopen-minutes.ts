import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { meetingRef, reasonInput } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

/** Reopens approved minutes as a new version, with a reason; the approved version is kept. */
export const reopenMinutes = defineUseCase({
  name: 'reopenMinutes',
  summary: 'Genåbn et godkendt referat som en ny version (med begrundelse)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({ ...meetingRef, reason: reasonInput('Begrundelsen') }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingPlanners, action: 'reopenMinutes' },
      async ({ meeting, clock, save }) => {
        const next = unwrap(transition(meeting, { type: 'reopenMinutes', reason: input.reason }, clock));
        return { meeting: await save(next) };
      },
    ),
});
