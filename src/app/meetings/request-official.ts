import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type DialogueParty, requestOfficial as request } from '../../domain/meetings/index.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { actingOrganisation, authorizeIn, isPlanner, meetingParties, readableMeeting } from './access.ts';
import { reasonInput } from './inputs.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';
import { requestRulesFor } from './request-rules.ts';

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
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
    unit: z
      .string({ message: 'Enheden mangler' })
      .trim()
      .min(1, { message: 'Angiv hvilken enhed embedsmanden kommer fra' })
      .max(200),
    personId: z.string().trim().max(100).nullable().default(null),
    reason: reasonInput('Begrundelsen'),
  }),
  async run(ctx, input) {
    authorizeIn(ctx.actor, meetingParties, input.municipality);
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
      const requestedBy: DialogueParty =
        !isPlanner(ctx.actor, input.municipality) && actingOrganisation(ctx.actor, input.municipality)
          ? 'organisation'
          : 'administration';
      const rules = await requestRulesFor(s, input.municipality, meeting);
      const next = unwrap(
        request(
          meeting,
          {
            id: `req-${randomUUID()}`,
            requestedBy,
            unit: input.unit,
            personId: input.personId || null,
            reason: input.reason,
          },
          rules,
        ),
      );
      return { meeting: await saveMeeting(s, meeting, next, 'requestOfficial') };
    });
  },
});
