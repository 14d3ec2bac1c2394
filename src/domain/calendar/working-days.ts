/**
 * Danish working days: Monday–Friday that are not Danish public holidays (helligdage) and not a
 * day the administration is closed in practice.
 *
 * - Public holidays come from `date-holidays` (country `DK`), keeping only `type === 'public'`:
 *   the library also lists observances (Fastelavn, Mors Dag, 1. maj, Grundlovsdag,
 *   Juleaftensdag) that are ordinary working days by law.
 * - Store Bededag was abolished as a public holiday from 2024 (lov nr. 182 af 28. februar 2023);
 *   the library knows this (it lists it up to 2023 only) — tested in working-days.test.ts.
 * - [practice][open] 24 and 31 December are days off in most public-sector agreements, so by
 *   default they are not proposed for meetings either; callers can pass other closed days.
 *
 * Pure: computing holidays is arithmetic (Easter etc.), no I/O and no clock. Dates are ISO
 * strings; weekdays are computed in UTC so the host's time zone never matters.
 */
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import { addDays, type IsoDate, isIsoDate } from '../shared/iso-date.ts';

/** [practice][open] 24 and 31 December (MM-DD): closed in most Danish municipalities. */
export const PRACTICE_CLOSED_DAYS: readonly string[] = ['12-24', '12-31'];

export interface WorkingDayOptions {
  /** Days closed every year as `MM-DD`; default PRACTICE_CLOSED_DAYS. Pass `[]` for the law alone. */
  closedEveryYear?: readonly string[];
  /** Further single closed dates (e.g. a municipality's own closing days). */
  closedDates?: readonly IsoDate[];
}

// date-holidays carries every country's rules: loading them costs ~150 ms of CPU, so it is
// loaded on the first question about holidays, not when this module is imported (every start).
const require = createRequire(import.meta.url);
let danishHolidays: Holidays | null = null;

function holidayRules(): Holidays {
  if (!danishHolidays) {
    const HolidaysClass = require('date-holidays') as typeof Holidays;
    danishHolidays = new HolidaysClass('DK');
  }
  return danishHolidays;
}

const holidaysByYear = new Map<number, ReadonlyMap<IsoDate, string>>();

/** Danish public holidays (helligdage) of a year: date → Danish name. */
export function danishPublicHolidays(year: number): ReadonlyMap<IsoDate, string> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  const out = new Map<IsoDate, string>();
  for (const h of holidayRules().getHolidays(year)) {
    // `date` is the holiday's local date ("2027-12-25 00:00:00"), independent of the host zone;
    // `start`/`end` are instants and would need a zone to read.
    if (h.type === 'public') out.set(h.date.slice(0, 10), h.name);
  }
  holidaysByYear.set(year, out);
  return out;
}

/** Day of the week, 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(date: IsoDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Why a date is not a working day (Danish), or null when it is one. */
export function nonWorkingReason(date: IsoDate, options: WorkingDayOptions = {}): string | null {
  if (!isIsoDate(date)) throw new RangeError(`Ugyldig dato: "${date}"`);
  const weekday = isoWeekday(date);
  if (weekday === 6) return 'lørdag';
  if (weekday === 7) return 'søndag';
  const holiday = danishPublicHolidays(Number(date.slice(0, 4))).get(date);
  if (holiday) return `helligdag (${holiday})`;
  if ((options.closedEveryYear ?? PRACTICE_CLOSED_DAYS).includes(date.slice(5))) return 'lukkedag';
  if (options.closedDates?.includes(date)) return 'lukkedag';
  return null;
}

export function isWorkingDay(date: IsoDate, options: WorkingDayOptions = {}): boolean {
  return nonWorkingReason(date, options) === null;
}

/** The working days in [from, to], in order. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, options: WorkingDayOptions = {}): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d, options)) out.push(d);
  return out;
}
