import { z } from 'zod';
import {
  ALLOWED_ACTIONS,
  compareMeetingsInList,
  followsMeetingListKey,
  MEETING_LIST_KEY,
  meetingListKey,
} from '../../domain/meetings/index.ts';
import { nextOffset, type Paging, sliceAfter, slicePage } from '../../domain/shared/paging.ts';
import { pagingInput } from '../paging-input.ts';
import type { Store } from '../ports.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase, type UseCaseContext } from '../use-case.ts';
import {
  authorizeIn,
  identityOnce,
  isPlanner,
  maySeeInList,
  meetingAccessNeedsParticipants,
  meetingReaders,
  peopleOnce,
} from './access.ts';
import { yearInput } from './inputs.ts';
import type { MeetingFilter, MeetingSummary } from './meeting-store.ts';

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
    const filter = input.year === undefined ? {} : { year: input.year };
    return ctx.uow.read(async (s) => {
      const [municipality, page, registry] = await Promise.all([
        s.registry.getMunicipality(input.municipality),
        // The administration sees every meeting: its page is cut in SQL. Anyone else's per
        // meeting by the access rules, then cut.
        isPlanner(ctx.actor, input.municipality) && input.limit !== undefined
          ? pageInSql(s, input.municipality, filter, { ...input, limit: input.limit })
          : pageAfterAccess(s, ctx, input.municipality, filter, input),
        s.registry.listOrganisations(input.municipality),
      ]);
      const organisations = new Map(registry.map((o) => [o.organisation.id, o.organisation.name]));
      return {
        paging: page.paging,
        /** The API's cursor for the next page (the last meeting shown), null on the last page. */
        nextAfter: page.nextAfter,
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

interface Page {
  items: MeetingSummary[];
  paging: Paging | null;
  nextAfter: string | null;
}

/**
 * With `offset` (the web's numbered pages): that page and the total; without (the API): a keyset
 * page after `after` (from the start without it), no count.
 */
async function pageInSql(
  s: Store,
  municipality: string,
  filter: MeetingFilter,
  input: { limit: number; offset?: number | undefined; after?: string | undefined },
): Promise<Page> {
  const after = input.after;
  const numbered = input.offset !== undefined && after === undefined;
  const offset = numbered ? (input.offset ?? 0) : 0;
  const [rows, total] = await Promise.all([
    s.meetings.listMeetingSummaries(municipality, filter, {
      participants: false,
      // One row more than the page tells whether a next page follows.
      page: { limit: input.limit + 1, offset, ...(after === undefined ? {} : { after }) },
    }),
    numbered ? s.meetings.countMeetings(municipality, filter) : Promise.resolve(null),
  ]);
  const items = rows.slice(0, input.limit);
  const last = items[items.length - 1];
  return {
    items,
    paging: total === null ? null : { offset, limit: input.limit, total },
    nextAfter: rows.length > input.limit && last ? meetingListKey(last) : null,
  };
}

/** Every summary of the filter, kept where the actor may see it (access.ts), then one page. */
async function pageAfterAccess(
  s: Store,
  ctx: UseCaseContext,
  municipality: string,
  filter: MeetingFilter,
  input: { limit?: number | undefined; offset?: number | undefined; after?: string | undefined },
): Promise<Page> {
  const all = await s.meetings.listMeetingSummaries(municipality, filter, {
    participants: meetingAccessNeedsParticipants(ctx.actor, municipality),
  });
  const visible: MeetingSummary[] = [];
  const loadPeople = peopleOnce(s, municipality);
  const identity = identityOnce(s, ctx.actor, municipality);
  for (const m of all) {
    if (await maySeeInList(s, ctx.actor, m, ctx.today, loadPeople, identity)) visible.push(m);
  }
  visible.sort(compareMeetingsInList);
  if (input.after !== undefined && input.limit !== undefined) {
    const keyset = sliceAfter(
      visible,
      { after: input.after, limit: input.limit },
      meetingListKey,
      followsMeetingListKey,
    );
    return { items: keyset.items, paging: null, nextAfter: keyset.nextAfter };
  }
  const page = slicePage(visible, input);
  const last = page.items[page.items.length - 1];
  return {
    ...page,
    nextAfter: page.paging && last && nextOffset(page.paging) !== null ? meetingListKey(last) : null,
  };
}
