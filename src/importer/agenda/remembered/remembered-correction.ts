/**
 * Remembered corrections: what a municipality's users taught the importer by correcting a field
 * on the preview (issue 16, pt 4), kept as part of the municipality's profile and used on its
 * next imports. Three kinds, each applying only where its text occurs:
 *
 * - `caseNumberLabel`: the municipality's own label for the case number ("Sagsreference: 24/1234");
 *   a page line starting with it is read as "Sagsnr.: …".
 * - `headingSynonym`: the municipality's own name of a heading ("Forslag til afgørelse" →
 *   recommendation), added to the page-text reader's heading lexicon.
 * - `bodyAlias`: a body as the municipality's pages write it ("Teknik & Miljø", "TM") → an
 *   abbreviation of its body table; applied to routes and decision bodies the table left unresolved.
 * - `titleLabel`: the municipality's own label in front of an item's title ("Emne: …"); a line of
 *   the item starting with it gives the case's title, whatever the reader took as title.
 *
 * Pure. A rule never touches a text where its text does not occur (the property test in
 * remembered-correction.test.ts holds the readers to that).
 */
import { type BodyAbbreviationTable, formatBody } from '../../../domain/political-case/body-abbreviations.ts';
import { MAX_TITLE_LENGTH } from '../../../domain/political-case/case-correction.ts';
import { collapseWhitespace, lowerDanish } from '../../../domain/political-case/case-text.ts';
import type { BodyRef, PoliticalCase } from '../../../domain/political-case/types.ts';
import type { AgendaImportResult, FieldSource } from '../import-report.ts';
import type { PageHeadingRole } from '../page-text/layout-profiles.ts';
import type { PageLine } from '../page-text/page-lines.ts';

export type RememberedCorrection =
  | { kind: 'caseNumberLabel'; text: string }
  | { kind: 'headingSynonym'; text: string; role: Exclude<PageHeadingRole, 'knownSection'> }
  | { kind: 'bodyAlias'; text: string; abbreviation: string }
  | { kind: 'titleLabel'; text: string };

function lower(text: string): string {
  return lowerDanish(collapseWhitespace(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** "Sagsreference: 24/1234" → the value after a remembered label; null when the line has none. */
export function valueAfterLabel(line: string, label: string): string | null {
  const match = new RegExp(`^${escapeRegExp(collapseWhitespace(label))}\\s*[:.]?\\s+(.*\\d.*)$`, 'iu').exec(
    collapseWhitespace(line),
  );
  return match?.[1]?.trim() || null;
}

/** "Emne: Styringsdialog 2024" → the title after a remembered label (a colon after it); else null. */
export function titleAfterLabel(line: string, label: string): string | null {
  const match = new RegExp(`^${escapeRegExp(collapseWhitespace(label))}\\s*:\\s*(\\S.*)$`, 'iu').exec(
    collapseWhitespace(line),
  );
  return match?.[1]?.trim() || null;
}

/** The first line of each case's source lines (cases without any keep the previous start). */
function caseStarts(sources: readonly (readonly FieldSource[])[]): number[] {
  let previous = 0;
  return sources.map((list) => {
    const lines = list.flatMap((s) => (s.fromLine === null ? [] : [s.fromLine]));
    previous = lines.length > 0 ? Math.min(...lines) : previous;
    return previous;
  });
}

/**
 * Titles by the municipality's remembered title labels: within each case's lines (from its first
 * source line to the next case's; the first case from the top of the page), the first line
 * "<label>: <text>" gives the title, read with high confidence. No such line: nothing changes.
 */
export function applyTitleLabels(
  result: AgendaImportResult,
  lines: readonly { line: number; text: string }[],
  rules: readonly RememberedCorrection[],
): AgendaImportResult {
  const labels = rules.flatMap((r) => (r.kind === 'titleLabel' ? [r.text] : []));
  if (labels.length === 0 || result.cases.length === 0) return result;
  const starts = caseStarts(result.sources);
  let changed = false;
  const found = result.cases.map((_c, i) => {
    const from = i === 0 ? Number.NEGATIVE_INFINITY : (starts[i] ?? 0);
    const to = starts.slice(i + 1).find((s) => s > (starts[i] ?? 0)) ?? Number.POSITIVE_INFINITY;
    for (const l of lines) {
      if (l.line < from || l.line >= to) continue;
      for (const label of labels) {
        const title = titleAfterLabel(l.text, label);
        if (title !== null && title.length <= MAX_TITLE_LENGTH) return { title, line: l.line };
      }
    }
    return null;
  });
  const cases = result.cases.map((c, i) => {
    const f = found[i];
    if (!f || f.title === c.title) return c;
    changed = true;
    return { ...c, title: f.title };
  });
  if (!changed) return result;
  return {
    ...result,
    cases,
    sources: result.sources.map((list, i) => {
      const f = found[i];
      if (!f || cases[i] === result.cases[i]) return list;
      return list.map((s) =>
        s.field === 'title'
          ? { ...s, fromLine: f.line, toLine: f.line, confidence: 'high' as const, note: null }
          : s,
      );
    }),
  };
}

/** Page lines with the municipality's case-number labels rewritten to the common "Sagsnr.:". */
export function applyCaseNumberLabels(
  lines: readonly PageLine[],
  rules: readonly RememberedCorrection[],
): readonly PageLine[] {
  const labels = rules.flatMap((r) => (r.kind === 'caseNumberLabel' ? [r.text] : []));
  if (labels.length === 0) return lines;
  return lines.map((l) => {
    for (const label of labels) {
      const value = valueAfterLabel(l.text, label);
      if (value !== null) return { ...l, text: `Sagsnr.: ${value}` };
    }
    return l;
  });
}

/** The heading synonyms for the page-text reader's lexicon (AgendaParseOptions.headingSynonyms). */
export function rememberedHeadingSynonyms(
  rules: readonly RememberedCorrection[],
): Record<string, PageHeadingRole> {
  const out: Record<string, PageHeadingRole> = {};
  for (const r of rules) if (r.kind === 'headingSynonym') out[lower(r.text)] = r.role;
  return out;
}

function resolvedByTable(body: BodyRef, table: BodyAbbreviationTable): boolean {
  return body.abbreviation !== null && Object.hasOwn(table, body.abbreviation);
}

function aliasBody(
  body: BodyRef,
  aliases: ReadonlyMap<string, string>,
  table: BodyAbbreviationTable,
): BodyRef {
  if (resolvedByTable(body, table)) return body;
  const target = aliases.get(lower(formatBody(body, table)));
  if (target === undefined) return body;
  return { abbreviation: target, name: table[target] ?? null };
}

function aliasCase(
  c: PoliticalCase,
  aliases: ReadonlyMap<string, string>,
  table: BodyAbbreviationTable,
): PoliticalCase {
  return {
    ...c,
    route: c.route.map((b) => aliasBody(b, aliases, table)),
    decisions: c.decisions.map((d) => ({ ...d, body: aliasBody(d.body, aliases, table) })),
  };
}

/** A route that now resolves fully is no longer "unsure" on the preview. */
function refreshRouteSource(s: FieldSource, c: PoliticalCase): FieldSource {
  if (s.field !== 'route' || c.route.length === 0) return s;
  const unresolved = c.route.some((b) => b.name === null || b.abbreviation === null);
  return unresolved ? s : { ...s, confidence: 'high', note: null };
}

/** Routes and decision bodies the table left unresolved, resolved by the remembered aliases. */
export function applyBodyAliases(
  result: AgendaImportResult,
  rules: readonly RememberedCorrection[],
  table: BodyAbbreviationTable,
): AgendaImportResult {
  const aliases = new Map<string, string>();
  for (const r of rules)
    if (r.kind === 'bodyAlias' && Object.hasOwn(table, r.abbreviation))
      aliases.set(lower(r.text), r.abbreviation);
  if (aliases.size === 0) return result;
  const cases = result.cases.map((c) => aliasCase(c, aliases, table));
  return {
    ...result,
    cases,
    sources: result.sources.map((list, i) => {
      const c = cases[i];
      return c ? list.map((s) => refreshRouteSource(s, c)) : list;
    }),
  };
}

/** How a remembered correction is shown to the municipality (settings list, audit). */
export function describeRememberedCorrection(r: RememberedCorrection): string {
  switch (r.kind) {
    case 'caseNumberLabel':
      return `"${r.text}" foran et nummer er sagsnummeret`;
    case 'headingSynonym': {
      const role = {
        route: 'sagsgangen',
        recommendation: 'indstillingen',
        decision: 'en beslutning',
        attachments: 'bilagene',
      }[r.role];
      return `Overskriften "${r.text}" indleder ${role}`;
    }
    case 'bodyAlias':
      return `"${r.text}" er udvalget ${r.abbreviation}`;
    case 'titleLabel':
      return `"${r.text}:" foran en tekst er sagens titel`;
  }
}
