/**
 * Imports an agenda item from PDF bytes: extract-pdf-text.ts, then the PDF-text reader.
 * Line numbers in the report refer to the extracted text. Never rejects on bad content.
 */
import type { AgendaParseOptions } from './agenda-blocks.ts';
import { extractPdfText, type PdfTextExtraction } from './extract-pdf-text.ts';
import { type AgendaImportResult, ReportBuilder } from './import-report.ts';
import { parseAgendaPdfText } from './parse-agenda-pdf-text.ts';
import { INTERNAL_ERROR_CODE } from './safety-net.ts';

export async function parseAgendaPdf(
  bytes: Uint8Array,
  options: AgendaParseOptions = {},
): Promise<AgendaImportResult> {
  let extraction: PdfTextExtraction;
  try {
    extraction = await extractPdfText(bytes);
  } catch {
    const report = new ReportBuilder('pdf');
    report.warn(null, INTERNAL_ERROR_CODE, "PDF'en kunne ikke indlæses på grund af en fejl i indlæsningen.");
    return { cases: [], report: report.build(), sources: [] };
  }
  return parseExtractedPdf(extraction, options);
}

/** The second half of parseAgendaPdf, for a caller that already has the PDF's text. */
export function parseExtractedPdf(
  extraction: PdfTextExtraction,
  options: AgendaParseOptions = {},
): AgendaImportResult {
  if (extraction.text === '') {
    const report = new ReportBuilder('pdf');
    for (const warning of extraction.warnings) report.warn(warning.line, warning.code, warning.message);
    return { cases: [], report: report.build(), sources: [] };
  }
  const result = parseAgendaPdfText(extraction.text, options, 'pdf');
  return {
    cases: result.cases,
    sources: result.sources,
    report: { ...result.report, warnings: [...extraction.warnings, ...result.report.warnings] },
  };
}
