/**
 * Dates as people type them → ISO dates, and back. One parser for every form, CSV import, API
 * body and CLI flag, so "30-11-2026" is read the same everywhere.
 *
 * The written format is dd-mm-åååå (`danishDate`), the way Danish users, agendas and the
 * registry CSV write dates; ISO `åååå-mm-dd` is accepted too (what `<input type="date">` posts,
 * what the JSON API returns). Day and month may have one digit and be separated by `-`, `.` or
 * `/` ("1.4.2026"). Two-digit years are refused: "26" could be 1926 or 2026. An impossible date
 * ("31-02-2026") is refused, never rolled over to March.
 *
 * A day of the year without a year (an accounting year end) is written dd-mm ("31-03") and kept
 * as "MM-DD" inside (ISO order, see registry/types.ts).
 *
 * Pure: no clock, no locale, no time zone.
 */
import { danishDate, type IsoDate, isIsoDate, isoDate } from './iso-date.ts';

export type DateInput<T> = { ok: true; value: T } | { ok: false; message: string };

/** How a date is written, for hints next to fields and in messages. */
export const DATE_FORMAT = 'dd-mm-åååå';
/** How a day of the year is written (an accounting year end). */
export const DAY_MONTH_FORMAT = 'dd-mm';

/** The Danish month names, January first (dates written out: "14. maj 2024"). */
export const DANISH_MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** Why year-month-day is not a date, in Danish, or null when it is one; year null: any year. */
function impossibleDate(year: number | null, month: number, day: number, dayFirst = true): string | null {
  if (month < 1 || month > 12)
    return `måned ${month} findes ikke${dayFirst ? ' (dagen skrives før måneden)' : ''}`;
  const max = year === null ? daysIn(2023, month) : daysIn(year, month);
  if (day < 1 || day > max) {
    return year === null
      ? `${DANISH_MONTH_NAMES[month - 1]} har ${max} dage`
      : `${DANISH_MONTH_NAMES[month - 1]} ${year} har ${max} dage`;
  }
  return null;
}

const DANISH = /^(\d{1,2})[-./](\d{1,2})[-./](\d+)$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A typed date → ISO. `label` names the field in the message ("Deadline »31-02-2026« findes
 * ikke: februar 2026 har 28 dage. Skriv datoen som dd-mm-åååå, fx 30-11-2026").
 * Surrounding spaces are ignored; a blank text is not a date (callers decide what blank means).
 */
export function parseDate(text: string, label = 'Datoen'): DateInput<IsoDate> {
  const t = text.trim();
  const write = `Skriv datoen som ${DATE_FORMAT}, fx 30-11-2026`;
  if (t === '') return { ok: false, message: `${label} mangler. ${write}` };
  let parts: [number, number, number] | null = null;
  const danish = DANISH.exec(t);
  const iso = ISO.exec(t);
  if (danish) {
    if ((danish[3] ?? '').length !== 4) {
      return { ok: false, message: `${label} »${t}«: årstallet skal have fire cifre. ${write}` };
    }
    parts = [Number(danish[3]), Number(danish[2]), Number(danish[1])];
  } else if (iso) {
    parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  }
  if (parts === null) return { ok: false, message: `${label} »${t}« kan ikke læses som en dato. ${write}` };
  const [year, month, day] = parts;
  const why = impossibleDate(year, month, day, danish !== null);
  if (why !== null) return { ok: false, message: `${label} »${t}« findes ikke: ${why}. ${write}` };
  const value = isoDate(year, month, day);
  // isIsoDate also refuses the years 0–99 (Date.UTC reads them as 1900–1999): no one means those.
  return isIsoDate(value)
    ? { ok: true, value }
    : { ok: false, message: `${label} »${t}« findes ikke. ${write}` };
}

/** ISO → how dates are written to people and in CSV exports: dd-mm-åååå. */
export function formatDate(date: IsoDate): string {
  return danishDate(date);
}

/** A month-day that exists every year: 29 February does not (an accounting year must end every year). */
function everyYear(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(2023, month);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A typed day of the year → "MM-DD". Written dd-mm ("31-03", also "31.03", "31/3"); a full date
 * ("31-03-2025", what Excel makes of "31-03") keeps only day and month. The month-first "MM-DD"
 * the system used to ask for ("03-31") is still read when it cannot be a day-first date; when both
 * readings are possible ("06-10"), the day comes first, as the field says.
 */
export function parseDayMonth(text: string, label = 'Dagen'): DateInput<string> {
  const t = text.trim();
  const write = `Skriv dag og måned som ${DAY_MONTH_FORMAT}, fx 31-12 eller 31-03`;
  if (t === '') return { ok: false, message: `${label} mangler. ${write}` };
  const m = /^(\d{1,2})[-./](\d{1,2})(?:[-./](\d{4}))?$/.exec(t);
  if (!m) return { ok: false, message: `${label} »${t}« kan ikke læses. ${write}` };
  const first = Number(m[1]);
  const second = Number(m[2]);
  if (everyYear(second, first)) return { ok: true, value: `${pad(second)}-${pad(first)}` };
  if (m[3] === undefined && everyYear(first, second))
    return { ok: true, value: `${pad(first)}-${pad(second)}` };
  const why =
    second === 2 && first === 29
      ? 'den 29. februar findes ikke hvert år'
      : (impossibleDate(null, second, first) ?? 'dagen findes ikke');
  return { ok: false, message: `${label} »${t}« findes ikke: ${why}. ${write}` };
}

/** "MM-DD" → how it is written to people and in CSV exports: "DD-MM". */
export function formatDayMonth(monthDay: string): string {
  return `${monthDay.slice(3, 5)}-${monthDay.slice(0, 2)}`;
}
