import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import { reasonInput } from './inputs.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';

/** Reopens approved minutes as a new version, with a reason; the approved version is kept. */
export const reopenMinutes = defineUseCase({
  name: 'reopenMinutes',
  summary: 'Genåbn et godkendt referat som en ny version (med begrundelse)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
    reason: reasonInput('Begrundelsen'),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
      const next = unwrap(
        transition(
          meeting,
          { type: 'reopenMinutes', reason: input.reason },
          { today: ctx.today, now: now.toISOString() },
        ),
      );
      return { meeting: await saveMeeting(s, meeting, next, 'reopenMinutes') };
    });
  },
});
