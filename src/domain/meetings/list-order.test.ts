import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sliceAfter } from '../shared/paging.ts';
import {
  compareMeetingsInList,
  followsMeetingListKey,
  MEETING_LIST_KEY,
  meetingListKey,
} from './list-order.ts';
import type { Meeting } from './types.ts';

type Row = Pick<Meeting, 'date' | 'id'>;
const row = (date: string | null, id: string): Row => ({ date: date as Meeting['date'], id });

describe('meeting list order and keyset', () => {
  it('orders by date, undated last, ties by id', () => {
    const rows = [
      row(null, 'a'),
      row('2027-10-14', 'm-2'),
      row('2026-01-01', 'z'),
      row('2027-10-14', 'm-10'),
    ];
    expect([...rows].sort(compareMeetingsInList).map((r) => `${r.date}|${r.id}`)).toEqual([
      '2026-01-01|z',
      '2027-10-14|m-10',
      '2027-10-14|m-2',
      'null|a',
    ]);
  });

  it.each([
    [row('2027-10-14', 'x|y'), '2027-10-14|x|y'],
    [row(null, 'a'), '~|a'],
  ])('keys %j as %s, a key the cursor check accepts', (r, key) => {
    expect(meetingListKey(r)).toBe(key);
    expect(MEETING_LIST_KEY.test(key)).toBe(true);
    expect(followsMeetingListKey(r, key)).toBe(false);
  });

  const rows = fc.uniqueArray(
    fc.record({
      date: fc.option(
        fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      id: fc.string({ minLength: 1, maxLength: 6 }),
    }),
    { selector: (r) => r.id, maxLength: 40 },
  );

  it('walking the pages by nextAfter gives every meeting once, in order (property)', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 7 }), (unsorted, limit) => {
        const all = (unsorted as Row[]).sort(compareMeetingsInList);
        const seen: Row[] = [];
        let after: string | undefined;
        for (let pages = 0; pages <= all.length; pages++) {
          const page = sliceAfter(all, { after, limit }, meetingListKey, followsMeetingListKey);
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items);
          if (page.nextAfter === null) break;
          after = page.nextAfter;
        }
        expect(seen).toEqual(all);
      }),
    );
  });

  it('a page after a meeting removed meanwhile starts at the next one (property)', () => {
    fc.assert(
      fc.property(rows, fc.nat(), (unsorted, pick) => {
        const all = (unsorted as Row[]).sort(compareMeetingsInList);
        fc.pre(all.length > 1);
        const i = pick % (all.length - 1);
        const gone = all[i] as Row;
        const rest = all.filter((r) => r !== gone);
        const page = sliceAfter(
          rest,
          { after: meetingListKey(gone), limit: 100 },
          meetingListKey,
          followsMeetingListKey,
        );
        expect(page.items).toEqual(all.slice(i + 1));
      }),
    );
  });
});
