import { z } from 'zod';
import {
  ALLOWED_ACTIONS,
  compareMeetingsInList,
  followsMeetingListKey,
  MEETING_LIST_KEY,
  meetingListKey,
} from '../../domain/meetings/index.ts';
import { sliceAfter, slicePage } from '../../domain/shared/paging.ts';
import { pagingInput } from '../paging-input.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { authorizeIn, identityOnce, isPlanner, maySeeInList, meetingReaders, peopleOnce } from './access.ts';
import { yearInput } from './inputs.ts';
import type { MeetingSummary } from './meeting-store.ts';

/**
 * The meetings of a year the actor may see, by date (domain list-order.ts), as summaries (issue
 * 18): one list query of the columns that pick a meeting, never the whole documents — a client
 * reads a meeting whole through getMeeting. With `limit`, one page: `offset` for the web's
 * numbered pages (`paging`), `after` for the API's keyset cursor (`nextAfter`). The access
 * check runs per meeting on the summaries, so the page is cut after it.
 */
export const listMeetings = defineUseCase({
  name: 'listMeetings',
  summary: 'Vis årets møder med status',
  mutates: false,
  access: meetingReaders,
  input: z.object({
    municipality: municipalityCode,
    year: yearInput.optional(),
    ...pagingInput,
    /** The API's keyset cursor: the key of the previous page's last meeting (`date|id`). */
    after: z.string().regex(MEETING_LIST_KEY).optional(),
  }),
  async run(ctx, input) {
    authorizeIn(ctx.actor, meetingReaders, input.municipality);
    return ctx.uow.read(async (s) => {
      const [municipality, all, registry] = await Promise.all([
        s.registry.getMunicipality(input.municipality),
        s.meetings.listMeetingSummaries(
          input.municipality,
          input.year === undefined ? {} : { year: input.year },
        ),
        s.registry.listOrganisations(input.municipality),
      ]);
      const visible: MeetingSummary[] = [];
      const loadPeople = peopleOnce(s, input.municipality);
      const identity = identityOnce(s, ctx.actor, input.municipality);
      for (const m of all) {
        if (await maySeeInList(s, ctx.actor, m, ctx.today, loadPeople, identity)) visible.push(m);
      }
      visible.sort(compareMeetingsInList);
      const organisations = new Map(registry.map((o) => [o.organisation.id, o.organisation.name]));
      const keyset =
        input.after !== undefined && input.limit !== undefined
          ? sliceAfter(
              visible,
              { after: input.after, limit: input.limit },
              meetingListKey,
              followsMeetingListKey,
            )
          : null;
      const page = keyset ? { items: keyset.items, paging: null } : slicePage(visible, input);
      return {
        paging: page.paging,
        /** The API's cursor for the next page (the last meeting shown), null on the last page. */
        nextAfter: keyset
          ? keyset.nextAfter
          : page.paging && page.paging.offset + page.paging.limit < page.paging.total
            ? meetingListKey(page.items[page.items.length - 1] as MeetingSummary)
            : null,
        municipality: municipality
          ? { code: municipality.code, name: municipality.name, isDemo: municipality.isDemo }
          : null,
        year: input.year ?? null,
        /** "Planlæg året" and the other planning pages are the administration's (meetingPlanners). */
        can: { plan: isPlanner(ctx.actor, input.municipality) },
        meetings: page.items.map(({ participants: _who, ...meeting }) => ({
          meeting,
          organisationName: meeting.organisationId
            ? (organisations.get(meeting.organisationId) ?? null)
            : null,
          allowedActions: ALLOWED_ACTIONS[meeting.status],
        })),
      };
    });
  },
});
