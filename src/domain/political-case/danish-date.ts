/**
 * Dates as Danish agendas print them: "10-10-2022" (Seed: Norddjurs agenda item 22/8287),
 * "10.10.2022", "10/10/2022" and "8. november 2022". Returns ISO dates; an impossible date
 * ("31-02-2022") is reported as invalid rather than rolled over. No clock, no time zone.
 */
import { DANISH_MONTH_NAMES } from '../shared/date-input.ts';
import { type IsoDate, isIsoDate, isoDate } from '../shared/iso-date.ts';
import { lowerDanish } from './case-text.ts';

const MONTHS = DANISH_MONTH_NAMES;

/** Matches a date at the end of a string; group 1 is the whole date. */
export const DANISH_DATE_SOURCE =
  '(\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}|\\d{1,2}\\.\\s?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\\s\\d{4})';

export type DateParse = { kind: 'valid'; date: IsoDate } | { kind: 'invalid' } | { kind: 'none' };

export function parseDanishDate(text: string): DateParse {
  const trimmed = lowerDanish(text.trim());
  let day: number;
  let month: number;
  let year: number;
  const numeric = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(trimmed);
  const named = /^(\d{1,2})\.\s?(\p{L}+)\s(\d{4})$/u.exec(trimmed);
  if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    year = Number(numeric[3]);
  } else if (named) {
    const index = MONTHS.indexOf(named[2] as (typeof MONTHS)[number]);
    if (index < 0) return { kind: 'none' };
    day = Number(named[1]);
    month = index + 1;
    year = Number(named[3]);
  } else {
    return { kind: 'none' };
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return { kind: 'invalid' };
  const date = isoDate(year, month, day);
  return isIsoDate(date) ? { kind: 'valid', date } : { kind: 'invalid' };
}

/** "2022-10-10" → "10-10-2022", the form the seed uses in decision headings. */
export function formatDanishDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
}
