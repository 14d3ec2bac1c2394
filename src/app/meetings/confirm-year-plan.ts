import { z } from 'zod';
import { authorize } from '../actor.ts';
import { invalidInput } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { createMeetings, plannedMeetingSchema } from './create-meeting.ts';

/**
 * A meeting of the year plan must have its date and times: the plan is the calendar (a meeting
 * created without a date shows as "–" everywhere and is never invited). The single-meeting API
 * (createMeeting) may still leave them open.
 */
const yearPlanMeeting = plannedMeetingSchema
  .refine((m) => m.date !== null, { message: 'Datoen mangler – vælg en dato for mødet', path: ['date'] })
  .refine((m) => m.startTime !== null, { message: 'Starttidspunktet mangler, fx 10:00', path: ['startTime'] })
  .refine((m) => m.endTime !== null, { message: 'Sluttidspunktet mangler, fx 12:00', path: ['endTime'] });

/** Confirms the (adjusted) year plan: one planned meeting per chosen obligation, in one transaction. */
export const confirmYearPlan = defineUseCase({
  name: 'confirmYearPlan',
  summary: 'Bekræft årets mødeplan og opret møderne',
  mutates: true,
  access: meetingPlanners,
  input: z.object({ municipality: municipalityCode, meetings: z.array(yearPlanMeeting).max(500) }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    if (input.meetings.length === 0) {
      throw invalidInput('Vælg mindst ét møde.', [{ field: 'meetings', message: 'Vælg mindst ét møde' }]);
    }
    return ctx.uow.write(async (s) => ({
      // Every row checked first; a clash or an already planned meeting is a warning at its row.
      meetings: await createMeetings(
        s,
        input.municipality,
        input.meetings,
        ctx.today,
        ctx.actor,
        (i) => `meetings.${i}.date`,
      ),
    }));
  },
});
