/**
 * The calendar date in Denmark for an instant. Danish deadlines are Danish days: a meeting at
 * 00:30 on 1 January in Copenhagen is still 31 December in UTC.
 */
import { DateTime } from 'luxon';
import type { IsoDate } from './iso-date.ts';

export const DANISH_ZONE = 'Europe/Copenhagen';

export function copenhagenDate(instant: Date): IsoDate {
  return (
    DateTime.fromJSDate(instant, { zone: DANISH_ZONE }).toISODate() ?? instant.toISOString().slice(0, 10)
  );
}
