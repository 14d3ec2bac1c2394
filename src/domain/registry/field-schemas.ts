/**
 * Zod building blocks shared by the organisation, department and person schemas: required and
 * optional text, dates (dd-mm-åååå or ISO in, ISO out), periods, municipality codes, CVR numbers, month-day values.
 *
 * Every schema carries its own Danish message, so a caller never sees zod's English defaults.
 * Blank strings (what an empty form field or CSV cell sends) count as "not given".
 * Deliberately lenient about the carrier (string or number, surrounding spaces) and strict
 * about the value.
 */
import { z } from 'zod';
import { formatDayMonth, parseDayMonth } from '../shared/date-input.ts';
import { dateField, dayMonthField, optionalDateField } from '../shared/date-schema.ts';
import { danishDate, type IsoDate } from '../shared/iso-date.ts';
import { cvrProblem, cvrProblemMessage, normaliseCvr } from './cvr.ts';

/** '' and whitespace-only strings, null and undefined all mean "not given". */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const blankToUndefined = (value: unknown): unknown => (isBlank(value) ? undefined : value);
const blankToNull = (value: unknown): unknown => (isBlank(value) ? null : value);
/** Numbers typed into a text field arrive as numbers from JSON and as strings from forms. */
const numberToString = (value: unknown): unknown => (typeof value === 'number' ? String(value) : value);

export function requiredText(label: string, max = 200) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({
        error: (iss) => (iss.input === undefined ? `${label} skal udfyldes` : `${label} skal være tekst`),
      })
      .trim()
      .max(max, { error: `${label} må højst være ${max} tegn` }),
  );
}

export function optionalText(label: string, max = 200) {
  return z.preprocess(
    blankToNull,
    z
      .string({ error: `${label} skal være tekst` })
      .trim()
      .max(max, { error: `${label} må højst være ${max} tegn` })
      .nullable(),
  );
}

/** A required date: dd-mm-åååå or ISO in, ISO out (the one parser, shared/date-input.ts). */
export function requiredIsoDate(label: string) {
  return dateField(label);
}

/** An optional date: blank is null. */
export function optionalIsoDate(label: string) {
  return optionalDateField(label);
}

/**
 * The message when a period ends before it starts, or null. An open end (null) never does.
 * A period of one day (from = to) is allowed.
 */
export function periodProblem(
  from: IsoDate,
  to: IsoDate | null,
  toLabel: string,
  fromLabel: string,
): string | null {
  if (to === null || to >= from) return null;
  return `${toLabel} (${danishDate(to)}) ligger før ${fromLabel.toLowerCase()} (${danishDate(from)})`;
}

/** Official municipality codes are three digits, 101–860 (e.g. Norddjurs 707). */
export function municipalityCode(label: string) {
  return z.preprocess(
    (v) => blankToUndefined(numberToString(v)),
    z
      .string({
        error: (iss) =>
          iss.input === undefined ? `${label} skal udfyldes` : `${label} skal være en kommunekode`,
      })
      .trim()
      .regex(/^[1-9]\d{2}$/, {
        error: (iss) => `${label} »${String(iss.input)}« er ikke en kommunekode (3 cifre, fx 707)`,
      }),
  );
}

/** A CVR number, normalised to its 8 digits and modulus-11 checked (see cvr.ts). */
export function cvrNumber(label = 'CVR-nummer') {
  return z.preprocess(
    (v) => blankToUndefined(numberToString(v)),
    z
      .string({
        error: (iss) => (iss.input === undefined ? `${label} skal udfyldes` : `${label} skal være tekst`),
      })
      .trim()
      .transform((typed, ctx) => {
        const cvr = normaliseCvr(typed);
        const problem = cvrProblem(cvr);
        if (problem !== null) {
          ctx.issues.push({ code: 'custom', input: typed, message: cvrProblemMessage(problem, typed) });
          return z.NEVER;
        }
        return cvr;
      }),
  );
}

/** True for "MM-DD" strings naming a day that exists in every year (29 February does not). */
export function isMonthDay(value: string): boolean {
  if (!/^\d{2}-\d{2}$/.test(value)) return false;
  const read = parseDayMonth(formatDayMonth(value));
  return read.ok && read.value === value;
}

/** The default accounting year end: the calendar year (domain.md §2). */
export const DEFAULT_ACCOUNTING_YEAR_END = '12-31';

/**
 * Accounting year end, written dd-mm by people ("31-03"), kept as "MM-DD" (default "12-31").
 * Shifted years are allowed (domain.md §2). 29 February is refused: an accounting year must end
 * on a day every year has. The old month-first "03-31" is still read (see parseDayMonth).
 */
export function accountingYearEnd(label = 'Regnskabsårets slutning') {
  return dayMonthField(label, DEFAULT_ACCOUNTING_YEAR_END);
}

/** An id of a stored record (organisation, department, person). */
export function recordId(label: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({
        error: (iss) => (iss.input === undefined ? `${label} skal vælges` : `${label} skal være et id`),
      })
      .trim()
      .max(100, { error: `${label} er ikke et gyldigt id` }),
  );
}

/**
 * Yes/no from JSON (true/false), an HTML checkbox ("on" or absent) or a person typing
 * ("ja"/"nej", "j"/"n", "x", "1"/"0"). Absent means no.
 */
export function yesNo(label: string) {
  return z.preprocess(
    (v) => {
      if (isBlank(v)) return false;
      if (typeof v !== 'string') return v;
      const t = v.trim().toLowerCase();
      if (['ja', 'j', 'x', '1', 'true', 'on', 'yes'].includes(t)) return true;
      if (['nej', 'n', '0', 'false', 'off', 'no'].includes(t)) return false;
      return v;
    },
    z.boolean({ error: (iss) => `${label} skal være ja eller nej, ikke »${String(iss.input)}«` }),
  );
}
