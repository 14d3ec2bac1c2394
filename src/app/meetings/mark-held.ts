import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';

/** Marks the meeting as held (on or after its date); records the `meetingHeld` fact. */
export const markHeld = defineUseCase({
  name: 'markHeld',
  summary: 'Marker mødet som afholdt',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
      const held = unwrap(
        transition(meeting, { type: 'markHeld' }, { today: ctx.today, now: now.toISOString() }),
      );
      return { meeting: await saveMeeting(s, meeting, held, 'markHeld') };
    });
  },
});
