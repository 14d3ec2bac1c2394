/**
 * Danish CVR numbers (Det Centrale Virksomhedsregister): 8 digits, never starting with 0,
 * with a modulus-11 check over the weights 2,7,6,5,4,3,2,1.
 *
 * Pure functions only. This module checks the form of a number; it does not know whether the
 * number is registered to a company (that would need the CVR register, which we do not call).
 */

/** Weights of the modulus-11 check, first digit to last. Source: Erhvervsstyrelsen's CVR check. */
export const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export type CvrProblem = 'empty' | 'format' | 'leadingZero' | 'checksum';

/**
 * Removes the decorations people type around a CVR number: spaces (also non-breaking),
 * a "DK" prefix (as on invoices) and a "CVR" label with an optional colon, dots and dashes used
 * as digit-group separators. Leaves anything else alone so that the check can reject it.
 */
export function normaliseCvr(value: string): string {
  return value.replace(/^\s*(cvr(-?nr\.?)?|dk)\s*:?\s*/i, '').replace(/[\s\u00a0.-]/g, '');
}

/** The weighted sum of an 8-digit string; the number is valid when it is divisible by 11. */
export function cvrWeightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < CVR_WEIGHTS.length; i++) {
    sum += Number(digits[i]) * (CVR_WEIGHTS[i] ?? 0);
  }
  return sum;
}

/** What is wrong with an (already normalised) CVR number, or null when it is valid. */
export function cvrProblem(cvr: string): CvrProblem | null {
  if (cvr === '') return 'empty';
  if (!/^\d{8}$/.test(cvr)) return 'format';
  // CVR numbers are issued from 10000000 upwards: a leading 0 is never valid.
  if (cvr.startsWith('0')) return 'leadingZero';
  // Modulus-11: the weighted digit sum must be divisible by 11.
  if (cvrWeightedSum(cvr) % 11 !== 0) return 'checksum';
  return null;
}

/** True when `cvr` (after normalisation) is a well-formed CVR number. */
export function isValidCvr(cvr: string): boolean {
  return cvrProblem(normaliseCvr(cvr)) === null;
}

/**
 * The last digit that makes `first7` a valid CVR number, or null when none exists
 * (the weighted sum of the first seven digits leaves remainder 1, needing a check "digit" of 10).
 */
export function cvrCheckDigit(first7: string): number | null {
  if (!/^[1-9]\d{6}$/.test(first7)) return null;
  const partial = cvrWeightedSum(`${first7}0`);
  const digit = (11 - (partial % 11)) % 11;
  return digit === 10 ? null : digit;
}

/** A Danish message for a CVR problem, naming the number as the user typed it. */
export function cvrProblemMessage(problem: CvrProblem, typed: string): string {
  switch (problem) {
    case 'empty':
      return 'CVR-nummer skal udfyldes';
    case 'format':
      return `CVR-nummeret ${typed} er ugyldigt (det skal være 8 cifre)`;
    case 'leadingZero':
      return `CVR-nummeret ${typed} er ugyldigt (det kan ikke begynde med 0)`;
    case 'checksum':
      return `CVR-nummeret ${typed} er ugyldigt (kontrolcifferet passer ikke)`;
  }
}
