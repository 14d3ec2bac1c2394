/**
 * Imports agenda items from Markdown as the municipality's agenda web page renders it
 * (Seed: Norddjurs agenda item 22/8287; other municipalities' headings per domain.md §4).
 * Returns cases and a report; bad content never throws — at worst no cases and a warning.
 */
import type { AgendaParseOptions } from './agenda-blocks.ts';
import { assembleCases } from './assemble-cases.ts';
import { type AgendaImportResult, ReportBuilder } from './import-report.ts';
import { markdownToBlocks } from './markdown-blocks.ts';
import { withSafetyNet } from './safety-net.ts';

export function parseAgendaMarkdown(markdown: string, options: AgendaParseOptions = {}): AgendaImportResult {
  return withSafetyNet('markdown', () => {
    const report = new ReportBuilder('markdown');
    if (markdown.trim() === '') {
      report.warn(null, 'document.empty', 'Dokumentet er tomt.');
      return { cases: [], report: report.build(), sources: [] };
    }
    return assembleCases(markdownToBlocks(markdown), { ...options, keepLoneTitle: true }, report);
  });
}
