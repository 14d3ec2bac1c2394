import { z } from 'zod';
import { agendaChangedSinceSent, allowedActions, missingApprovals } from '../../domain/meetings/index.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { actingOrganisation, authorizeIn, isPlanner, meetingReaders, readableMeeting } from './access.ts';

/**
 * One meeting with what the page needs: its organisation, the allowed next steps, who may still
 * approve, the invitations sent (for the administration only) and the officials that can be
 * chosen for a request.
 */
export const getMeeting = defineUseCase({
  name: 'getMeeting',
  summary: 'Vis et møde med deltagere, dagsorden, anmodninger og referat',
  mutates: false,
  access: meetingReaders,
  input: z.object({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    authorizeIn(ctx.actor, meetingReaders, input.municipality);
    return ctx.uow.read(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      const municipality = await s.registry.getMunicipality(input.municipality);
      const organisation = meeting.organisationId
        ? await s.registry.getOrganisation(input.municipality, meeting.organisationId)
        : null;
      const planner = isPlanner(ctx.actor, input.municipality);
      const ownOrganisation = actingOrganisation(ctx.actor, input.municipality);
      const officials = planner
        ? (await s.registry.listPersons(input.municipality)).flatMap((p) =>
            p.roles
              .filter((r) => r.kind === 'official' && (r.to === null || r.to >= ctx.today))
              .map((r) => ({ personId: p.id, name: p.name, unit: r.kind === 'official' ? r.unit : '' })),
          )
        : [];
      return {
        meeting,
        municipality: municipality
          ? { code: municipality.code, name: municipality.name, isDemo: municipality.isDemo }
          : null,
        organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
        allowedActions: allowedActions(meeting),
        agendaChanged: agendaChangedSinceSent(meeting),
        missingApprovals: meeting.minutes ? missingApprovals(meeting.minutes) : [],
        viewer: {
          planner,
          organisationParty: ownOrganisation !== null && ownOrganisation === meeting.organisationId,
        },
        invitations: planner ? await s.meetings.listInvitations(input.municipality, meeting.id) : [],
        officials,
      };
    });
  },
});
