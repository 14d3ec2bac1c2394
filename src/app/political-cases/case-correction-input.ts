/**
 * The corrections a user makes on the import preview, as use-case input: one entry per case of
 * the import (the cases of all files in order; null or missing: no correction), each field the
 * text the form shows (domain/political-case/case-correction.ts reads it back); a field left out
 * keeps what was read. Decisions: the ones read by position (`remove` leaves one out), then added
 * ones. Applying them is
 * all or nothing: one bad field refuses the whole import with Danish field errors
 * (`corrections.<case>.<field>`), and nothing is saved.
 */
import { z } from 'zod';
import type { BodyAbbreviationTable } from '../../domain/political-case/body-abbreviations.ts';
import {
  applyCaseCorrection,
  type CaseCorrection,
  correctionOf,
  MAX_DECISIONS,
} from '../../domain/political-case/case-correction.ts';
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import type { FieldError } from '../../domain/shared/field-error.ts';
import { invalidInput } from '../app-error.ts';

const text = (max: number, what: string) =>
  z
    .string({ message: `${what} skal være tekst` })
    .max(max, { message: `${what} er for lang (højst ${max} tegn)` })
    .optional();

/** A checkbox posts "1"/"on"; JSON sends a boolean. */
const flag = z
  .union([z.boolean(), z.enum(['1', 'on', 'true', '0', 'false', ''])], {
    message: 'Fjern skal være sand eller falsk',
  })
  .transform((v) => v === true || v === '1' || v === 'on' || v === 'true')
  .optional();

export const decisionCorrectionInput = z.object({
  body: text(200, 'Organet'),
  date: text(40, 'Datoen'),
  text: text(20_000, 'Beslutningens tekst'),
  absences: text(5_000, 'Afbud og fravær'),
  /** Leave this decision out (a read one removed, an added one dropped). */
  remove: flag,
});

export const caseCorrectionInput = z.object({
  title: text(1_000, 'Titlen'),
  caseNumber: text(200, 'Sagsnummeret'),
  route: text(1_000, 'Sagsgangen'),
  recommendationPoints: text(20_000, 'Indstillingens punkter'),
  /** The decisions read, in order, then any added ones (blank added entries are ignored). */
  decisions: z
    .array(decisionCorrectionInput)
    .max(MAX_DECISIONS + 10, { message: `Højst ${MAX_DECISIONS + 10} beslutninger i formularen` })
    .optional(),
});

export const caseCorrectionsInput = z
  .array(caseCorrectionInput.nullable())
  .max(500, { message: 'Højst 500 rettede sager' })
  .optional();

export type CaseCorrectionInput = z.output<typeof caseCorrectionInput>;

export interface CorrectedCase {
  value: PoliticalCase;
  /** Per saved decision: the index of the decision read, or null when the user added it; absent when uncorrected. */
  decisionOrigins?: (number | null)[];
}

/**
 * The form as applyCaseCorrection reads it: a field left out (an API client sending only what it
 * changes) keeps what was read; a left-out decision list keeps the decisions read; an added
 * decision's left-out fields are empty.
 */
function completed(form: CaseCorrectionInput, read: CaseCorrection): CaseCorrection {
  const empty = { body: '', date: '', text: '', absences: '' };
  return {
    title: form.title ?? read.title,
    caseNumber: form.caseNumber ?? read.caseNumber,
    route: form.route ?? read.route,
    recommendationPoints: form.recommendationPoints ?? read.recommendationPoints,
    decisions:
      form.decisions === undefined
        ? read.decisions
        : form.decisions.map((d, j) => {
            const was = read.decisions[j] ?? empty;
            return {
              body: d.body ?? was.body,
              date: d.date ?? was.date,
              text: d.text ?? was.text,
              absences: d.absences ?? was.absences,
              remove: d.remove ?? false,
            };
          }),
  };
}

/** Every case with its correction applied; throws invalidInput with every field error at once. */
export function correctCases(
  cases: readonly PoliticalCase[],
  corrections: readonly (CaseCorrectionInput | null | undefined)[] | undefined,
  table: BodyAbbreviationTable,
): CorrectedCase[] {
  if (!corrections) return cases.map((value) => ({ value }));
  const errors: FieldError[] = [];
  if (corrections.length > cases.length)
    errors.push({
      field: 'corrections',
      message: `Der er rettelser til ${corrections.length} sager, men filen gav ${cases.length}. Vis sagen igen.`,
    });
  const out = cases.map((c, i): CorrectedCase => {
    const form = corrections[i];
    if (!form) return { value: c };
    const result = applyCaseCorrection(c, completed(form, correctionOf(c, table)), table);
    if (result.ok) return { value: result.value, decisionOrigins: result.decisionOrigins };
    for (const e of result.errors) errors.push({ field: `corrections.${i}.${e.field}`, message: e.message });
    return { value: c };
  });
  if (errors.length > 0)
    throw invalidInput(
      `${errors.length === 1 ? 'Én rettelse' : `${errors.length} rettelser`} kan ikke læses. Intet er gemt.`,
      errors,
    );
  return out;
}
