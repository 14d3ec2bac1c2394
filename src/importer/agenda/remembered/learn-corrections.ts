/**
 * What a correction on the import preview teaches the importer for the municipality's next
 * imports (issue 16, pt 4). Only corrections that point at a pattern in the imported lines are
 * learned; a one-off fix (a typo in a title) is saved with the case and not remembered:
 *
 * - a case number the reader missed, found on a line after a label of the municipality's own
 *   ("Sagsreference: 24/1234") → that label (`caseNumberLabel`);
 * - recommendation points (or a route) the reader missed, found under a heading line it did not
 *   know ("Forslag til afgørelse") → that heading (`headingSynonym`);
 * - a route or decision body the table left unresolved ("Teknik & Miljø"), corrected to a body of
 *   the table → that spelling (`bodyAlias`);
 * - a title the reader got wrong, found whole on a line after a label of the municipality's own
 *   ("Emne: Styringsdialog 2024") → that label (`titleLabel`).
 *
 * Pure: (case as read, corrected case, the imported lines, body table) → rules.
 */
import { type BodyAbbreviationTable, formatBody } from '../../../domain/political-case/body-abbreviations.ts';
import { collapseWhitespace, lowerDanish } from '../../../domain/political-case/case-text.ts';
import type { BodyRef, PoliticalCase } from '../../../domain/political-case/types.ts';
import { buildLexicon, classifyHeadingLine, headingKey } from '../page-text/heading-lexicon.ts';
import type { RememberedCorrection } from './remembered-correction.ts';

export interface LearningInput {
  /** The case as the reader found it. */
  before: PoliticalCase;
  /** The case as the user saved it. */
  after: PoliticalCase;
  /** The imported lines (AgendaImportResult.lines). */
  lines: readonly { line: number; text: string }[];
  table: BodyAbbreviationTable;
  /**
   * Per decision of `after`: the index in `before` of the decision it corrects, or null for one the
   * user added (domain/political-case/case-correction.ts). Absent: decisions match by position.
   */
  decisionOrigins?: readonly (number | null)[];
}

/** One to three words, e.g. "Sagsreference", "Dok. ref.", "Vores sag nr." */
const LABEL = /^\p{L}[\p{L}.-]*(?:\s\p{L}[\p{L}.-]*){0,2}$/u;
/** A heading line: short, starts with a capital, no sentence punctuation at its end. */
const HEADING_LINE = /^\p{Lu}[\p{L}\s\-/&]{2,59}$/u;
const MAX_RULE_TEXT = 60;
const KNOWN = buildLexicon();

function lower(text: string): string {
  return lowerDanish(collapseWhitespace(text));
}

function isKnownHeading(text: string): boolean {
  return classifyHeadingLine(text, KNOWN) !== null;
}

function learnCaseNumberLabel({ before, after, lines }: LearningInput): RememberedCorrection[] {
  const value = after.caseNumber;
  if (value === null || value === before.caseNumber) return [];
  for (const { text } of lines) {
    const at = text.indexOf(value);
    if (at <= 0) continue;
    const rest = text.slice(at + value.length);
    if (/^[\p{L}\d]/u.test(rest)) continue;
    const label = text
      .slice(0, at)
      .trim()
      .replace(/\s*[:.]$/u, '')
      .trim();
    if (label === '' || label.length > MAX_RULE_TEXT || !LABEL.test(label)) continue;
    return [{ kind: 'caseNumberLabel', text: label }];
  }
  return [];
}

/** A title the reader got wrong, found whole after "<label>:" on one of the imported lines. */
function learnTitleLabel({ before, after, lines }: LearningInput): RememberedCorrection[] {
  const value = after.title === null ? '' : collapseWhitespace(after.title);
  if (value === '' || value === collapseWhitespace(before.title ?? '')) return [];
  const wanted = lower(value);
  for (const { text } of lines) {
    const match = /^([^:]{1,60}):\s*(\S.*)$/u.exec(collapseWhitespace(text));
    const label = match?.[1]?.trim() ?? '';
    if (!match || lower(match[2] ?? '') !== wanted) continue;
    if (label === '' || !LABEL.test(label) || isKnownHeading(label)) continue;
    return [{ kind: 'titleLabel', text: label }];
  }
  return [];
}

/**
 * The heading over the first line holding `needle`: "Behandles i: ØU, KB" gives "Behandles i";
 * else the nearest heading-like line up to three lines above (an "… indstiller, at" line between
 * is the recommendation's lead-in).
 */
function headingAbove(lines: LearningInput['lines'], needle: string): string | null {
  const n = lower(needle);
  const at = lines.findIndex((l) => n !== '' && lower(l.text).includes(n));
  if (at < 0) return null;
  const own = /^([^:]{2,60}):\s*\S/u.exec(lines[at]?.text ?? '');
  if (own?.[1] && HEADING_LINE.test(own[1].trim())) return own[1].trim();
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const text = lines[i]?.text ?? '';
    if (/\bat$|indstiller/iu.test(text)) continue;
    const candidate = text.replace(/[:,]$/u, '');
    return HEADING_LINE.test(candidate) ? candidate : null;
  }
  return null;
}

function synonym(heading: string | null, role: 'recommendation' | 'route'): RememberedCorrection[] {
  if (heading === null || isKnownHeading(heading)) return [];
  const key = headingKey(heading);
  return key === '' ? [] : [{ kind: 'headingSynonym', text: key, role }];
}

function learnHeadings({ before, after, lines }: LearningInput): RememberedCorrection[] {
  const out: RememberedCorrection[] = [];
  const first = after.recommendation?.points[0]?.text;
  if ((before.recommendation?.points.length ?? 0) === 0 && first)
    out.push(...synonym(headingAbove(lines, first.slice(0, 40)), 'recommendation'));
  const body = after.route[0];
  if (before.route.length === 0 && body) {
    const token = body.abbreviation ?? body.name ?? '';
    out.push(...synonym(headingAbove(lines, token), 'route'));
  }
  return out;
}

function alias(was: BodyRef, now: BodyRef, table: BodyAbbreviationTable): RememberedCorrection | null {
  if (was.abbreviation !== null && Object.hasOwn(table, was.abbreviation)) return null;
  if (now.abbreviation === null || !Object.hasOwn(table, now.abbreviation)) return null;
  const text = collapseWhitespace(formatBody(was, table));
  if (text === '' || text.length > MAX_RULE_TEXT || lower(text) === lower(now.abbreviation)) return null;
  return { kind: 'bodyAlias', text, abbreviation: now.abbreviation };
}

function learnAliases({ before, after, table, decisionOrigins }: LearningInput): RememberedCorrection[] {
  const pairs: [BodyRef, BodyRef][] = [];
  if (before.route.length === after.route.length)
    before.route.forEach((b, i) => {
      pairs.push([b, after.route[i] as BodyRef]);
    });
  // A removed decision shifts the ones after it; an added one was never read: neither teaches.
  after.decisions.forEach((now, i) => {
    const origin = decisionOrigins ? decisionOrigins[i] : i;
    const was = origin === null || origin === undefined ? undefined : before.decisions[origin];
    if (was) pairs.push([was.body, now.body]);
  });
  return pairs.flatMap(([was, now]) => {
    const rule = alias(was, now, table);
    return rule ? [rule] : [];
  });
}

/** Two rules with the same key are the same rule (the store keeps one per municipality). */
export function rememberedCorrectionKey(r: RememberedCorrection): string {
  return `${r.kind}:${lower(r.text)}`;
}

/** The rules one corrected case teaches, without repeats. */
export function learnCorrections(input: LearningInput): RememberedCorrection[] {
  const seen = new Set<string>();
  return [
    ...learnTitleLabel(input),
    ...learnCaseNumberLabel(input),
    ...learnHeadings(input),
    ...learnAliases(input),
  ].filter((r) => {
    const key = rememberedCorrectionKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
