/**
 * The order of a meeting list and its keyset (issue 18): by date, undated meetings last, ties by
 * id (code-unit order, the same in every database collation). The key of a row is
 * `<date or ~>|<id>`; a page after a key starts at the first row that sorts after it.
 */
import type { Meeting } from './types.ts';

type Ordered = Pick<Meeting, 'date' | 'id'>;

/** `~` sorts after every ISO date, so undated meetings come last. */
const UNDATED = '~';

const dateKey = (m: Ordered): string => m.date ?? UNDATED;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareMeetingsInList(a: Ordered, b: Ordered): number {
  return compareText(dateKey(a), dateKey(b)) || compareText(a.id, b.id);
}

export function meetingListKey(m: Ordered): string {
  return `${dateKey(m)}|${m.id}`;
}

/** The keys meetingListKey makes (the API checks a cursor's key against it). */
export const MEETING_LIST_KEY = /^(\d{4}-\d{2}-\d{2}|~)\|.{1,200}$/;

/** True when the meeting sorts after the key (a key from meetingListKey). */
export function followsMeetingListKey(m: Ordered, key: string): boolean {
  const bar = key.indexOf('|');
  return compareMeetingsInList(m, { date: key.slice(0, bar) as Meeting['date'], id: key.slice(bar + 1) }) > 0;
}
