/**
 * Imports agenda items from page text as users save or copy it from municipal agenda sites — no
 * markup, headings as plain lines, a page header of committee, date, place and members, cookie
 * banners, one or many items (issue 16). Also the second half of the HTML reader. Steps: lines
 * (page-lines.ts) → profile (layout-profiles.ts) → classified lines → items and drafts with the
 * meeting context → cases by the shared finishCase, with a source and confidence per field.
 * Never throws on bad content.
 */

import type { AgendaParseOptions } from '../agenda-blocks.ts';
import { draftHasContent } from '../case-draft.ts';
import { finishCase } from '../finish-case.ts';
import { type AgendaFormat, type AgendaImportResult, ReportBuilder } from '../import-report.ts';
import { applyCaseNumberLabels, rememberedHeadingSynonyms } from '../remembered/remembered-correction.ts';
import { withSafetyNet } from '../safety-net.ts';
import { parseAbsenceLine } from './absence-lines.ts';
import { parseCaseNumber } from './case-number-lines.ts';
import { classifyLines } from './classify-lines.ts';
import { fieldSources } from './field-sources.ts';
import { buildLexicon, headingKey } from './heading-lexicon.ts';
import { COMMON_HEADINGS, detectLayoutProfile } from './layout-profiles.ts';
import { collectPageDrafts } from './page-drafts.ts';
import { isPageChrome, repeatedPageEdges } from './page-furniture.ts';
import { type PageLine, toPageLines } from './page-lines.ts';

/** Page text already split into lines (the HTML reader makes them from the DOM). */
export function parsePageLines(
  lines: readonly PageLine[],
  options: AgendaParseOptions,
  format: AgendaFormat,
): AgendaImportResult {
  return withSafetyNet(format, () => {
    const report = new ReportBuilder(format);
    const table = options.bodyAbbreviations ?? {};
    const remembered = options.remembered ?? [];
    const kept = applyCaseNumberLabels(lines, remembered).filter((l) => !isPageChrome(l.text));
    if (kept.length === 0) {
      report.warn(null, 'document.empty', 'Dokumentet er tomt.');
      return { cases: [], report: report.build(), sources: [] };
    }
    const choice = detectLayoutProfile(
      kept.slice(0, 400).map((l) => l.text),
      options.layoutProfile ?? null,
    );
    if (choice.profile) report.recognise(`layout:${choice.profile.id}`);
    report.layout(
      choice.profile
        ? {
            id: choice.profile.id,
            name: choice.profile.name,
            how: choice.how,
            evidence: choice.hits.flatMap((i) => {
              const l = kept[i];
              return l ? [{ line: l.line, text: l.text.slice(0, 120) }] : [];
            }),
          }
        : null,
    );
    const lexicon = buildLexicon(
      choice.profile?.headings ?? {},
      options.headingSynonyms ?? {},
      rememberedHeadingSynonyms(remembered),
    );
    const classified = classifyLines(kept, lexicon, table);
    const { drafts } = collectPageDrafts(classified, table);
    const withContent = drafts.filter((d) =>
      draftHasContent(d.draft) && d.draft.title !== null ? true : draftHasContent(d.draft),
    );
    for (const d of drafts) {
      if (!withContent.includes(d) && d.draft.title !== null)
        report.warn(
          d.draft.line,
          'case.withoutContent',
          `Overskriften "${d.draft.title}" har intet indhold under sig og er ikke importeret som en sag.`,
        );
    }
    const cases = withContent.map((d) => finishCase(d.draft, options, report));
    const sources = withContent.map((d, i) => {
      const c = cases[i];
      return c ? fieldSources(c, d.sources) : [];
    });
    if (cases.length === 0)
      report.warn(null, 'document.noCases', 'Der blev ikke fundet noget dagsordenspunkt i dokumentet.');
    return { cases, report: report.build(), sources };
  });
}

/** A repeated line at a page edge that is still content: a label, a heading, a case number. */
function carriesMeaning(text: string): boolean {
  return (
    /:$/u.test(text) ||
    parseCaseNumber(text) !== null ||
    parseAbsenceLine(text) !== null ||
    headingKey(text) in COMMON_HEADINGS ||
    /^beslutning/iu.test(text)
  );
}

/**
 * Text with page breaks (PDF text) loses its running headers and footers first (page numbers are
 * page chrome anyway), so that a footer such as "Økonomiudvalget 28-02-2023" is not read as a
 * decision heading; a repeated line that is a label, heading or case number stays.
 */
export function parseAgendaPageText(
  text: string,
  options: AgendaParseOptions = {},
  format: AgendaFormat = 'text',
  /** `toPageLines(text)` when the caller has made them already (the PDF import keeps them too). */
  pageLines?: readonly PageLine[],
): AgendaImportResult {
  return withSafetyNet(format, () => {
    const lines = pageLines ?? toPageLines(text);
    if (!text.includes('\f')) return parsePageLines(lines, options, format);
    const furniture = repeatedPageEdges(lines);
    return parsePageLines(
      lines.filter((l) => !furniture.has(l.line) || carriesMeaning(l.text)),
      options,
      format,
    );
  });
}
