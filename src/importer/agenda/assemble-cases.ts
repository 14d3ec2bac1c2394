/**
 * Blocks → cases + report: the part every agenda format shares. Decides which drafts are real
 * cases: a title with nothing under it is the page's own heading (e.g. "Dagsorden"), not a case —
 * unless the reader trusts its titles and that title is all the document holds.
 */
import type { AgendaBlock, AgendaParseOptions } from './agenda-blocks.ts';
import { draftHasContent } from './case-draft.ts';
import { collectCaseDrafts } from './collect-case-drafts.ts';
import { finishCase } from './finish-case.ts';
import type { AgendaImportResult, ReportBuilder } from './import-report.ts';
import { structuredFieldSources } from './structured-sources.ts';

export interface AssembleOptions extends AgendaParseOptions {
  /** Markdown headings are explicit titles; the first line of PDF text is only presumed to be one. */
  keepLoneTitle: boolean;
}

export function assembleCases(
  blocks: readonly AgendaBlock[],
  options: AssembleOptions,
  report: ReportBuilder,
): AgendaImportResult {
  const drafts = collectCaseDrafts(blocks, options, report);
  const withContent = drafts.filter(draftHasContent);
  const lone = drafts.filter((draft) => draft.title !== null).slice(0, 1);
  const kept = withContent.length === 0 && options.keepLoneTitle ? lone : withContent;
  for (const draft of drafts) {
    if (kept.includes(draft)) continue;
    if (draft.title !== null) {
      report.warn(
        draft.line,
        'case.withoutContent',
        `Overskriften "${draft.title}" har intet indhold under sig og er ikke importeret som en sag.`,
      );
    } else if (draft.sections.length > 0) {
      report.warn(
        draft.line,
        'document.textOutsideCase',
        'Tekst uden for et dagsordenspunkt er ikke importeret.',
      );
    }
  }
  const cases = kept.map((draft) => finishCase(draft, options, report));
  const sources = kept.map((draft, i) => {
    const c = cases[i];
    return c ? structuredFieldSources(c, draft, options.keepLoneTitle) : [];
  });
  if (cases.length === 0) {
    report.warn(null, 'document.noCases', 'Der blev ikke fundet noget dagsordenspunkt i dokumentet.');
  }
  return { cases, report: report.build(), sources };
}
