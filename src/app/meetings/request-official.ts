import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type DialogueParty, requestOfficial as request } from '../../domain/meetings/index.ts';
import { defineUseCase } from '../use-case.ts';
import { actingOrganisation, isPlanner, meetingParties } from './access.ts';
import { meetingRef, reasonInput } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { requestRulesFor } from './request-rules.ts';
import { stepMeeting } from './step-meeting.ts';

/**
 * Either party asks for a relevant official to join, with a reason (Norddjurs KB 15-11-2022,
 * sag 22/8287: "efter parternes behov"). An organisation user asks as the organisation; the
 * administration asks as itself.
 */
export const requestOfficial = defineUseCase({
  name: 'requestOfficial',
  summary: 'Anmod om at en embedsmand deltager i mødet',
  mutates: true,
  access: meetingParties,
  input: z.object({
    ...meetingRef,
    unit: z
      .string({ message: 'Enheden mangler' })
      .trim()
      .min(1, { message: 'Angiv hvilken enhed embedsmanden kommer fra' })
      .max(200),
    personId: z.string().trim().max(100).nullable().default(null),
    reason: reasonInput('Begrundelsen'),
  }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingParties, action: 'requestOfficial' },
      async ({ s, meeting, save }) => {
        const requestedBy: DialogueParty =
          !isPlanner(ctx.actor, input.municipality) && actingOrganisation(ctx.actor, input.municipality)
            ? 'organisation'
            : 'administration';
        const rules = await requestRulesFor(s, input.municipality, meeting);
        const asked = {
          id: `req-${randomUUID()}`,
          requestedBy,
          unit: input.unit,
          personId: input.personId || null,
          reason: input.reason,
        };
        return { meeting: await save(unwrap(request(meeting, asked, rules))) };
      },
    ),
});
