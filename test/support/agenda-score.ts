/**
 * Field accuracy of an agenda import against expected JSON (issue 16): per stated value — title,
 * case number, route, recommendation points, and per decision its body, date and text, and the
 * absences. Only values the expected file states are counted; cases are matched in order. Text
 * compares with whitespace collapsed; a body matches by abbreviation or name, case-insensitively.
 */
import type { PoliticalCase } from '../../src/domain/political-case/types.ts';
import type { ExpectedCase } from './agenda-layouts.ts';

export const SCORED_FIELDS = [
  'title',
  'caseNumber',
  'route',
  'recommendation',
  'decisionBody',
  'decisionDate',
  'decisionText',
  'absences',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldTally {
  right: number;
  total: number;
}

export type Tally = Record<ScoredField, FieldTally>;

export interface Miss {
  field: ScoredField;
  expected: unknown;
  actual: unknown;
}

export function emptyTally(): Tally {
  return Object.fromEntries(SCORED_FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Tally;
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();
const lower = (s: string | null | undefined): string => norm(s).toLocaleLowerCase('da');

function bodyMatches(
  expected: string,
  body: { abbreviation: string | null; name: string | null } | undefined,
): boolean {
  if (!body) return false;
  return lower(expected) === lower(body.abbreviation) || lower(expected) === lower(body.name);
}

/** Scores one file's cases into the tally; returns the misses. */
export function scoreCases(
  expected: readonly ExpectedCase[],
  actual: readonly PoliticalCase[],
  tally: Tally,
): Miss[] {
  const misses: Miss[] = [];
  const count = (field: ScoredField, ok: boolean, exp: unknown, act: unknown): void => {
    tally[field].total++;
    if (ok) tally[field].right++;
    else misses.push({ field, expected: exp, actual: act });
  };
  expected.forEach((e, i) => {
    const a = actual[i];
    count('title', norm(a?.title) === norm(e.title), e.title, a?.title ?? null);
    if (e.caseNumber !== null)
      count('caseNumber', norm(a?.caseNumber) === norm(e.caseNumber), e.caseNumber, a?.caseNumber ?? null);
    if (e.route.length > 0) {
      const route = a?.route ?? [];
      count(
        'route',
        route.length === e.route.length && e.route.every((r, k) => bodyMatches(r, route[k])),
        e.route,
        route.map((b) => b.abbreviation ?? b.name),
      );
    }
    if (e.recommendationPoints.length > 0) {
      const points = a?.recommendation?.points.map((p) => norm(p.text)) ?? [];
      count(
        'recommendation',
        points.length === e.recommendationPoints.length &&
          e.recommendationPoints.every((p, k) => norm(p) === points[k]),
        e.recommendationPoints,
        points,
      );
    }
    e.decisions.forEach((d, k) => {
      const ad = a?.decisions[k];
      count('decisionBody', bodyMatches(d.body, ad?.body), d.body, ad?.body ?? null);
      count('decisionDate', ad?.date === d.date, d.date, ad?.date ?? null);
      count('decisionText', norm(ad?.text) === norm(d.text), d.text, ad?.text ?? null);
    });
    if (e.absences.length > 0) {
      const names = [...new Set((a?.decisions ?? []).flatMap((d) => d.absences.map((p) => p.name)))].sort();
      count('absences', JSON.stringify(names) === JSON.stringify([...e.absences].sort()), e.absences, names);
    }
  });
  return misses;
}

export function overall(tally: Tally): FieldTally {
  return SCORED_FIELDS.reduce(
    (sum, f) => ({ right: sum.right + tally[f].right, total: sum.total + tally[f].total }),
    { right: 0, total: 0 },
  );
}
