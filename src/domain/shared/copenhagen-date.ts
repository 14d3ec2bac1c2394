/**
 * The calendar date in Denmark for an instant. Danish deadlines are Danish days: a meeting at
 * 00:30 on 1 January in Copenhagen is still 31 December in UTC.
 *
 * Every request asks for today's date (issue 18: the time-zone arithmetic was 2 % of a cached
 * API answer's CPU), so the last answer is kept per UTC hour: Copenhagen is UTC+1 or UTC+2 and
 * changes between them at 01:00 UTC, so its midnight always falls on a whole UTC hour and the
 * date is the same for every instant of one UTC hour.
 */
import { DateTime } from 'luxon';
import type { IsoDate } from './iso-date.ts';

export const DANISH_ZONE = 'Europe/Copenhagen';

const HOUR_MS = 3_600_000;
let lastHour = Number.NaN;
let lastDate: IsoDate = '';

export function copenhagenDate(instant: Date): IsoDate {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  if (hour === lastHour) return lastDate;
  const date = copenhagenDateUncached(instant);
  lastHour = hour;
  lastDate = date;
  return date;
}

/** The same, computed with the time-zone database every time (the reference in tests). */
export function copenhagenDateUncached(instant: Date): IsoDate {
  return (
    DateTime.fromJSDate(instant, { zone: DANISH_ZONE }).toISODate() ?? instant.toISOString().slice(0, 10)
  );
}
