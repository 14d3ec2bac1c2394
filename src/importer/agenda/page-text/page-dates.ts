/**
 * Dates anywhere in a line, as agenda pages print them: "14-05-2024", "14.05.2024", "14/5/2024",
 * "14. maj 2024", "14 maj 2024", "tirsdag den 14. maj 2024 kl. 16.00", "2024-05-14", and month
 * abbreviations ("14. okt. 2024"). Returns the first readable date; impossible dates are skipped.
 */

import { lowerDanish } from '../../../domain/political-case/case-text.ts';
import { type IsoDate, isIsoDate, isoDate } from '../../../domain/shared/iso-date.ts';

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH_WORDS = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export const PAGE_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4}|\\d{2})(?![\\p{N}])|(\\d{1,2})\\.?\\s?(${MONTH_WORDS})\\.?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\p{N}])`,
  'giu',
);

export interface FoundDate {
  date: IsoDate;
  index: number;
  length: number;
}

function build(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const date = isoDate(year, month, day);
  return isIsoDate(date) ? date : null;
}

/** Every form of PAGE_DATE has an ASCII digit; most lines have none (a cheap test first). */
export const HAS_DIGIT = /[0-9]/;

function dateOf(m: RegExpExecArray): IsoDate | null {
  if (m[1] !== undefined) {
    const y = Number(m[3]);
    return build(y < 100 ? 2000 + y : y, Number(m[2]), Number(m[1]));
  }
  if (m[4] !== undefined) return build(Number(m[6]), MONTHS[lowerDanish(m[5] ?? '')] ?? 0, Number(m[4]));
  if (m[7] !== undefined) return build(Number(m[7]), Number(m[8]), Number(m[9]));
  return null;
}

/** Every readable date in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!HAS_DIGIT.test(text)) return found;
  for (const m of text.matchAll(PAGE_DATE)) {
    const date = dateOf(m);
    if (date !== null) found.push({ date, index: m.index, length: m[0].length });
  }
  return found;
}

/** The first readable date (findDates(text)[0]), without reading the rest of the line. */
export function findDate(text: string): FoundDate | null {
  if (!HAS_DIGIT.test(text)) return null;
  for (const m of text.matchAll(PAGE_DATE)) {
    const date = dateOf(m);
    if (date !== null) return { date, index: m.index, length: m[0].length };
  }
  return null;
}
