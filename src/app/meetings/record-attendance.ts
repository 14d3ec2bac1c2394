import { z } from 'zod';
import { type Meeting, recordAttendance as recordOne } from '../../domain/meetings/index.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { meetingRef } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

/** Records who came and who sent apologies (afbud), one or more participants at a time. */
export const recordAttendance = defineUseCase({
  name: 'recordAttendance',
  summary: 'Registrér fremmøde og afbud',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    ...meetingRef,
    attendance: z
      .array(
        z.object({
          participant: z.string().min(1, { message: 'Deltageren mangler' }),
          attendance: z.enum(['invited', 'accepted', 'present', 'apology'], {
            message: 'Vælg mødt, afbud, deltager eller ikke registreret',
          }),
        }),
      )
      .min(1, { message: 'Angiv mindst én deltager' }),
  }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingPlanners, action: 'recordAttendance' },
      async ({ meeting, save }) => {
        let next: Meeting = meeting;
        for (const a of input.attendance) next = unwrap(recordOne(next, a.participant, a.attendance));
        return { meeting: await save(next) };
      },
    ),
});
