import { z } from 'zod';
import { allowedActions } from '../../domain/meetings/index.ts';
import { slicePage } from '../../domain/shared/paging.ts';
import { pagingInput } from '../paging-input.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { authorizeIn, isPlanner, meetingAsViewed, meetingReaders, peopleOnce } from './access.ts';
import { yearInput } from './inputs.ts';

/** The meetings of a year the actor may see, by date; with `limit`, one page of them (`paging`). */
export const listMeetings = defineUseCase({
  name: 'listMeetings',
  summary: 'Vis årets møder med status',
  mutates: false,
  access: meetingReaders,
  input: z.object({ municipality: municipalityCode, year: yearInput.optional(), ...pagingInput }),
  async run(ctx, input) {
    authorizeIn(ctx.actor, meetingReaders, input.municipality);
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      const all = await s.meetings.listMeetings(
        input.municipality,
        input.year === undefined ? {} : { year: input.year },
      );
      const visible = [];
      const loadPeople = peopleOnce(s, input.municipality);
      for (const m of all) {
        const viewed = await meetingAsViewed(s, ctx.actor, m, ctx.today, loadPeople);
        if (viewed) visible.push(viewed.meeting);
      }
      const organisations = new Map(
        (await s.registry.listOrganisations(input.municipality)).map((o) => [
          o.organisation.id,
          o.organisation.name,
        ]),
      );
      const page = slicePage(visible, input);
      return {
        paging: page.paging,
        municipality: municipality
          ? { code: municipality.code, name: municipality.name, isDemo: municipality.isDemo }
          : null,
        year: input.year ?? null,
        /** "Planlæg året" and the other planning pages are the administration's (meetingPlanners). */
        can: { plan: isPlanner(ctx.actor, input.municipality) },
        meetings: page.items.map((m) => ({
          meeting: m,
          organisationName: m.organisationId ? (organisations.get(m.organisationId) ?? null) : null,
          allowedActions: allowedActions(m),
        })),
      };
    });
  },
});
