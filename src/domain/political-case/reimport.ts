/**
 * What a re-import of an agenda item does (issue 8): importing the same case again updates the
 * stored case instead of adding a second one. Pure rules; the use case loads and saves.
 *
 * - A case with a case number ("22/8287") is the same case as the stored one with that number
 *   in the same municipality: the case number is the journal key of the agenda system.
 * - A case without a case number (a PDF prints none) is the same case as the one stored case
 *   with the same title and the same decisions (body and date of each, in order). Anything less
 *   certain is a new case: a wrong merge would overwrite another case, a wrong insert only adds
 *   a duplicate that a person can see.
 * - Fields the new source lacks (case number, access) keep what is stored, so importing the
 *   PDF after the web page does not erase the case number the web page gave.
 */
import { lowerDanish, normaliseForComparison } from './case-text.ts';
import type { PoliticalCase } from './types.ts';

export interface ReimportCandidate {
  id: string;
  politicalCase: PoliticalCase;
}

function decisionKey(c: PoliticalCase): string {
  return c.decisions.map((d) => `${d.body.abbreviation ?? d.body.name ?? ''}@${d.date ?? ''}`).join(';');
}

function sameTitle(a: PoliticalCase, b: PoliticalCase): boolean {
  return (
    a.title !== null &&
    b.title !== null &&
    lowerDanish(normaliseForComparison(a.title)) === lowerDanish(normaliseForComparison(b.title))
  );
}

/** The id of the stored case that `incoming` is a new version of, or null for a new case. */
export function findReimportTarget(
  incoming: PoliticalCase,
  stored: readonly ReimportCandidate[],
): string | null {
  if (incoming.caseNumber !== null) {
    return stored.find((s) => s.politicalCase.caseNumber === incoming.caseNumber)?.id ?? null;
  }
  const key = decisionKey(incoming);
  if (key === '') return null;
  const matches = stored.filter(
    (s) => sameTitle(s.politicalCase, incoming) && decisionKey(s.politicalCase) === key,
  );
  return matches.length === 1 ? (matches[0]?.id ?? null) : null;
}

/** The case to store when `incoming` replaces `existing`: the new text, known keys kept. */
export function mergeReimport(existing: PoliticalCase, incoming: PoliticalCase): PoliticalCase {
  return {
    ...incoming,
    caseNumber: incoming.caseNumber ?? existing.caseNumber,
    access: incoming.access ?? existing.access,
  };
}
