import { z } from 'zod';
import { type Meeting, recordAttendance as recordOne } from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';

/** Records who came and who sent apologies (afbud), one or more participants at a time. */
export const recordAttendance = defineUseCase({
  name: 'recordAttendance',
  summary: 'Registrér fremmøde og afbud',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
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
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
      let next: Meeting = meeting;
      for (const a of input.attendance) next = unwrap(recordOne(next, a.participant, a.attendance));
      return { meeting: await saveMeeting(s, meeting, next, 'recordAttendance') };
    });
  },
});
