import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { meetingRef } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

/** Marks the meeting as held (on or after its date); records the `meetingHeld` fact. */
export const markHeld = defineUseCase({
  name: 'markHeld',
  summary: 'Marker mødet som afholdt',
  mutates: true,
  access: meetingPlanners,
  input: z.object(meetingRef),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingPlanners, action: 'markHeld' },
      async ({ meeting, clock, save }) => {
        const held = unwrap(transition(meeting, { type: 'markHeld' }, clock));
        return { meeting: await save(held) };
      },
    ),
});
