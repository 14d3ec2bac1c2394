/**
 * Month arithmetic on ISO dates (UTC, no time zone). Kept here rather than in shared/ so this
 * module's owner does not edit shared code; a candidate to move into `shared/iso-date.ts`.
 */
import { type IsoDate, isoDate } from '../shared/iso-date.ts';

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDateOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, lastDayOfMonth(year, month));
}

/**
 * Adds whole months to a date, the way a deadline "within N months of" a date is read:
 * the same day of the month N months later, clamped to that month's length — and when `date`
 * is the last day of its month, the last day of the target month (31 December + 6 months is
 * 30 June; 30 June + 6 months is 31 December, not 30 December).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const targetLast = lastDayOfMonth(year, month);
  const day = d === lastDayOfMonth(y, m) ? targetLast : Math.min(d, targetLast);
  return isoDate(year, month, day);
}
