/**
 * Zod fields for dates, built on the one parser (`date-input.ts`), so every use-case input —
 * from the JSON API, a form or the CLI — takes dd-mm-åååå as well as ISO and gives an ISO date,
 * with a Danish message naming the field and the format when it cannot.
 *
 * Blank strings, null and undefined mean "not given": required fields say "skal udfyldes",
 * optional ones give null.
 */
import { z } from 'zod';
import { parseDate, parseDayMonth } from './date-input.ts';
import type { IsoDate } from './iso-date.ts';

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function parsed(label: string) {
  return z
    .string({
      error: (iss) => (iss.input === undefined ? `${label} skal udfyldes` : `${label} skal være en dato`),
    })
    .transform((text, ctx): IsoDate => {
      const r = parseDate(text, label);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', input: text, message: r.message });
      return z.NEVER;
    });
}

/** A date that must be given: dd-mm-åååå or ISO in, ISO out. */
export function dateField(label: string) {
  return z.preprocess((v) => (isBlank(v) ? undefined : v), parsed(label));
}

/** A date that may be left out: blank gives null. */
export function optionalDateField(label: string) {
  return z.preprocess((v) => (isBlank(v) ? null : v), parsed(label).nullable());
}

/**
 * A day of the year (an accounting year end): dd-mm in ("31-03"), "MM-DD" out ("03-31").
 * Blank gives `defaultMonthDay` when one is given, else "skal udfyldes".
 */
export function dayMonthField(label: string, defaultMonthDay?: string) {
  const field = z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? `${label} skal udfyldes`
          : `${label} skal skrives som dag og måned, dd-mm, fx 31-12`,
    })
    .transform((text, ctx) => {
      const r = parseDayMonth(text, label);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', input: text, message: r.message });
      return z.NEVER;
    });
  return z.preprocess(
    (v) => (isBlank(v) ? undefined : v),
    defaultMonthDay === undefined ? field : field.default(defaultMonthDay),
  );
}
