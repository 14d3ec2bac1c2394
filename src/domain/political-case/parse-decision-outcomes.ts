/**
 * The outcome grammar of a body's decision (domain.md §4; Seed: Norddjurs agenda item 22/8287):
 *
 *   "Ad. 1. Tiltrådt."            → [{ points: [1], outcome: 'Tiltrådt' }]
 *   "Ad. 1-2 Tiltrådt."           → [{ points: [1, 2], outcome: 'Tiltrådt' }]
 *   "Ad. 1 og 3: Godkendt."       → [{ points: [1, 3], outcome: 'Godkendt' }]
 *   "Ad. 1. Tiltrådt. Ad. 2. Ikke tiltrådt." → two outcomes
 *   "Godkendt."                   → [{ points: <every recommendation point>, outcome: 'Godkendt' }]
 *   "Godkendt med den bemærkning, at …" → the remark is kept: the outcome is the whole paragraph.
 *
 * An outcome runs to the next "Ad." or the end of its paragraph; an overall outcome is the first
 * paragraph. Later paragraphs ("Udvalget ønsker sagen belyst …") and text before the first "Ad."
 * stay in the decision text but belong to no point. Problems (a point the
 * recommendation lacks, a reversed range) come back as findings; parsing never throws.
 * It does not judge whether an outcome means yes or no — outcome texts are kept as written.
 */
import type { Finding } from '../shared/finding.ts';
import { collapseWhitespace, stripFinalFullStop } from './case-text.ts';
import type { DecisionOutcome } from './types.ts';

/** A range longer than this is a typing error, not a list of points. */
const MAX_RANGE = 100;

/** "Ad." (also "Ad", "Ad. pkt.", "Ad punkt") directly before a point number. Capital A: "ad" is a preposition. */
const AD_MARKER = /(?<![\p{L}\p{N}])Ad\.?\s*(?:(?:pkt|punkt)\.?\s*)?(?=\d)/gu;
const NUMBER = /(\d{1,4})\.?/y;
const RANGE = /\s*(?:-|–|—|til)\s*(?=\d)/y;
const LIST = /\s*(?:,|&|\bog\b|\bsamt\b)\s*(?=\d)/y;
const AFTER_LIST = /\s*[:.)–-]?\s*/y;
const PARAGRAPH_BREAK = /\n\s*\n/u;

export interface PointList {
  points: number[];
  /** The text after the list: the outcome. */
  rest: string;
  findings: Finding[];
}

function readNumber(text: string, at: number): { value: number; end: number } | null {
  NUMBER.lastIndex = at;
  const match = NUMBER.exec(text);
  if (!match?.[1]) return null;
  // "1." ends the number; "1.-3." keeps going, so the dot is only eaten when no range follows.
  return { value: Number(match[1]), end: NUMBER.lastIndex };
}

function sticky(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at;
  return pattern.exec(text) ? pattern.lastIndex : null;
}

/**
 * Reads a point list at the start of `text`: "1", "1-2", "1.-3.", "1 og 3", "1, 2 og 4", "1 til 3".
 * Null when the text does not start with a number.
 */
export function parsePointList(text: string): PointList | null {
  const findings: Finding[] = [];
  const points = new Set<number>();
  let first = readNumber(text, 0);
  if (!first) return null;
  let at = first.end;
  points.add(first.value);
  for (;;) {
    const rangeEnd = sticky(RANGE, text, at);
    const listEnd = rangeEnd === null ? sticky(LIST, text, at) : null;
    const next = rangeEnd ?? listEnd;
    if (next === null) break;
    const second = readNumber(text, next);
    if (!second) break;
    if (rangeEnd !== null) {
      const [low, high] =
        first.value <= second.value ? [first.value, second.value] : [second.value, first.value];
      if (first.value > second.value) {
        findings.push({
          code: 'decision.reversedRange',
          severity: 'warning',
          message: `Intervallet ${first.value}-${second.value} er omvendt; det er læst som ${low}-${high}.`,
        });
      }
      if (high - low > MAX_RANGE) {
        findings.push({
          code: 'decision.rangeTooLong',
          severity: 'warning',
          message: `Intervallet ${low}-${high} er for langt til at være punkter i en indstilling; kun endepunkterne er taget med.`,
        });
        points.add(low).add(high);
      } else {
        for (let n = low; n <= high; n++) points.add(n);
      }
    } else {
      points.add(second.value);
    }
    first = second;
    at = second.end;
  }
  const restStart = sticky(AFTER_LIST, text, at) ?? at;
  return { points: [...points].sort((a, b) => a - b), rest: text.slice(restStart), findings };
}

export interface ParsedOutcomes {
  outcomes: DecisionOutcome[];
  findings: Finding[];
}

function unknownPointFinding(point: number, recommendationPoints: readonly number[]): Finding {
  return {
    code: 'decision.unknownPoint',
    severity: 'warning',
    message:
      recommendationPoints.length === 0
        ? `Beslutningen nævner punkt ${point}, men indstillingen har ingen nummererede punkter.`
        : `Beslutningen nævner punkt ${point}, men indstillingen har ikke et punkt ${point}.`,
  };
}

/**
 * All outcomes of one decision text. `recommendationPoints` are the numbers of the case's
 * recommendation points: an overall outcome covers all of them (an empty list when there are none).
 */
export function parseDecisionOutcomes(text: string, recommendationPoints: readonly number[]): ParsedOutcomes {
  const findings: Finding[] = [];
  const starts = [...text.matchAll(AD_MARKER)];
  if (starts.length === 0) {
    const [firstParagraph = ''] = text.trim().split(PARAGRAPH_BREAK);
    const outcome = stripFinalFullStop(collapseWhitespace(firstParagraph));
    // A recommendation may number two points alike; an outcome still lists each number once.
    const all = [...new Set(recommendationPoints)].sort((a, b) => a - b);
    return { outcomes: outcome === '' ? [] : [{ points: all, outcome }], findings };
  }
  const outcomes: DecisionOutcome[] = [];
  const known = new Set(recommendationPoints);
  starts.forEach((start, i) => {
    const from = start.index + start[0].length;
    const to = starts[i + 1]?.index ?? text.length;
    const [segment = ''] = text.slice(from, to).split(PARAGRAPH_BREAK);
    const list = parsePointList(segment);
    if (!list) return;
    findings.push(...list.findings);
    for (const point of list.points) {
      if (!known.has(point)) findings.push(unknownPointFinding(point, recommendationPoints));
    }
    outcomes.push({ points: list.points, outcome: stripFinalFullStop(collapseWhitespace(list.rest)) });
  });
  return { outcomes, findings };
}

/** [1, 2, 3, 5] → "1-3 og 5"; [1] → "1"; [1, 3] → "1 og 3". Reads back through `parsePointList`. */
export function formatPointList(points: readonly number[]): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}`;
}

/**
 * One outcome as the seed writes it: "Ad. 1. Tiltrådt.", "Ad. 1-2 Tiltrådt.", or an overall
 * "Godkendt." when the outcome names no points.
 */
export function formatDecisionOutcome(outcome: DecisionOutcome): string {
  const sentence =
    outcome.outcome === '' || /[.!?…]$/u.test(outcome.outcome) ? outcome.outcome : `${outcome.outcome}.`;
  if (outcome.points.length === 0) return sentence;
  const list = formatPointList(outcome.points);
  // Seed: "Ad. 1. Tiltrådt." after a single point, "Ad. 1-2 Tiltrådt." after a range.
  return /^\d+$/.test(list) ? `Ad. ${list}. ${sentence}` : `Ad. ${list} ${sentence}`;
}

/** Decision text for outcomes that came without one: one paragraph per outcome. */
export function formatDecisionOutcomes(outcomes: readonly DecisionOutcome[]): string {
  return outcomes.map(formatDecisionOutcome).join('\n\n');
}
