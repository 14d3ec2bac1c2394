import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type DialogueParty, requestOfficial as request } from '../../domain/meetings/index.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { actingOrganisation, authorizeIn, isPlanner, meetingParties, readableMeeting } from './access.ts';
import { reasonInput } from './inputs.ts';
import { checkVersion, saveMeeting, steeringYearOf, unwrap } from './meeting-changes.ts';
import { ruleFor } from './meeting-setup.ts';

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
      const { obligations } = await loadObligations(s, input.municipality, steeringYearOf(meeting));
      const obligation = obligations.find((o) => meeting.obligationIds.includes(o.id));
      const rule = obligation ? await ruleFor(s, obligation) : null;
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
          rule ? { optionalParticipants: rule.optionalParticipants } : {},
        ),
      );
      return { meeting: await saveMeeting(s, meeting, next, 'requestOfficial') };
    });
  },
});
