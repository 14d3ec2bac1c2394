/**
 * Imports an agenda item from text pulled out of a PDF (hard-wrapped lines, blank lines between
 * lines, trailing spaces, page headers and footers — domain.md §4; Seed: Norddjurs agenda item
 * 22/8287, agenda-item-22-8287.pdf.txt). Page furniture is dropped and listed in the report.
 * The seed's PDF text has no case number line: caseNumber and access then stay null.
 * Reads one agenda item per text; never throws on bad content.
 */
import { collapseWhitespace } from '../../domain/political-case/case-text.ts';
import type { AgendaParseOptions } from './agenda-blocks.ts';
import { assembleCases } from './assemble-cases.ts';
import { type AgendaFormat, type AgendaImportResult, ReportBuilder } from './import-report.ts';
import { findPageFurniture } from './pdf-page-furniture.ts';
import { pdfTextToBlocks } from './pdf-text-blocks.ts';
import { splitPdfTextLines } from './pdf-text-lines.ts';
import { withSafetyNet } from './safety-net.ts';

export function parseAgendaPdfText(
  text: string,
  options: AgendaParseOptions = {},
  format: AgendaFormat = 'pdf-text',
): AgendaImportResult {
  return withSafetyNet(format, () => {
    const report = new ReportBuilder(format);
    if (text.trim() === '') {
      report.warn(null, 'document.empty', 'Dokumentet er tomt.');
      return { cases: [], report: report.build(), sources: [] };
    }
    const lines = splitPdfTextLines(text);
    const furniture = findPageFurniture(lines, options.bodyAbbreviations);
    const reported = new Set<string>();
    for (const line of lines) {
      const shown = collapseWhitespace(line.text);
      if (!furniture.has(line.line) || reported.has(shown)) continue;
      reported.add(shown);
      report.warn(
        line.line,
        'pdf.pageFurnitureRemoved',
        `Linjen "${shown}" er læst som sidehoved, sidefod eller sidetal og er udeladt.`,
      );
    }
    const blocks = pdfTextToBlocks(lines, furniture, options.bodyAbbreviations);
    return assembleCases(blocks, { ...options, keepLoneTitle: false }, report);
  });
}
