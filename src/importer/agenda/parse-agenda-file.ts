/**
 * One entry point for an uploaded agenda file: detects the format and runs the matching reader.
 * Text is read as UTF-8 (a byte-order mark is dropped). HTML goes to the HTML reader; other text
 * and the text of a PDF run through both the structured reader and the page-text reader, and
 * choose-reader.ts keeps the better result. Never rejects on bad content.
 */
import type { AgendaParseOptions } from './agenda-blocks.ts';
import { chooseResult } from './choose-reader.ts';
import { type AgendaFileProbe, detectAgendaFormat } from './detect-agenda-format.ts';
import { extractPdfText, type PdfTextExtraction } from './extract-pdf-text.ts';
import { type AgendaImportResult, ReportBuilder } from './import-report.ts';
import { htmlToPageLines } from './page-text/html-lines.ts';
import { type PageLine, toPageLines } from './page-text/page-lines.ts';
import { parseAgendaHtml } from './page-text/parse-agenda-html.ts';
import { parseAgendaPageText } from './page-text/parse-agenda-page-text.ts';
import { parseAgendaMarkdown } from './parse-agenda-markdown.ts';
import { parseAgendaPdf, parseExtractedPdf } from './parse-agenda-pdf.ts';
import { parseAgendaPdfText } from './parse-agenda-pdf-text.ts';
import { applyBodyAliases, applyTitleLabels } from './remembered/remembered-correction.ts';

/** Markdown or plain text (incl. pasted page text): the better of the two readers. */
export function parseAgendaText(
  text: string,
  options: AgendaParseOptions = {},
  markdown = false,
): AgendaImportResult {
  const pageText = parseAgendaPageText(text, options, markdown ? 'markdown' : 'text');
  // The PDF-text reader reads one item per text: a page split into several items is not its kind.
  if (!markdown && pageText.cases.length > 1) return pageText;
  const structured = markdown ? parseAgendaMarkdown(text, options) : parseAgendaPdfText(text, options);
  return chooseResult(structured, pageText);
}

/**
 * The one entry point the use cases call. The municipality's remembered corrections apply here:
 * labels and headings inside the page-text reader, body aliases and title labels to whatever
 * reader won.
 */
export async function parseAgendaFile(
  file: AgendaFileProbe,
  options: AgendaParseOptions = {},
): Promise<AgendaImportResult> {
  const { result, lines } = await readAgendaFile(file, options);
  const remembered = options.remembered ?? [];
  const kept = lines.map((l) => ({ line: l.line, text: l.text }));
  const withAliases = applyBodyAliases(result, remembered, options.bodyAbbreviations ?? {});
  return { ...applyTitleLabels(withAliases, kept, remembered), lines: kept };
}

async function readAgendaFile(
  file: AgendaFileProbe,
  options: AgendaParseOptions,
): Promise<{ result: AgendaImportResult; lines: readonly PageLine[] }> {
  const format = detectAgendaFormat(file);
  if (format === 'pdf') {
    let extraction: PdfTextExtraction;
    try {
      extraction = await extractPdfText(file.bytes);
    } catch {
      return { result: await parseAgendaPdf(file.bytes, options), lines: [] }; // reports the failure the same way
    }
    const pdf = parseExtractedPdf(extraction, options);
    if (extraction.text === '') return { result: pdf, lines: [] };
    let lines: PageLine[] | undefined;
    try {
      lines = toPageLines(extraction.text);
    } catch {
      lines = undefined; // the page-text reader splits again and its safety net reports the failure
    }
    const page = parseAgendaPageText(extraction.text, options, 'pdf', lines);
    if (chooseResult(pdf, page) === pdf) return { result: pdf, lines: lines ?? [] };
    return {
      result: {
        ...page,
        report: { ...page.report, warnings: [...extraction.warnings, ...page.report.warnings] },
      },
      lines: lines ?? [],
    };
  }
  if (format === null) {
    const report = new ReportBuilder('pdf-text');
    report.warn(
      null,
      'file.unknownFormat',
      'Filen er hverken en PDF, en HTML-side eller en tekstfil. Importér dagsordenspunktet som PDF, HTML, Markdown eller tekst.',
    );
    return { result: { cases: [], report: report.build(), sources: [] }, lines: [] };
  }
  const text = new TextDecoder('utf-8').decode(file.bytes);
  if (format === 'html')
    return { result: parseAgendaHtml(text, options), lines: safeLines(() => htmlToPageLines(text)) };
  return {
    result: parseAgendaText(text, options, format === 'markdown'),
    lines: safeLines(() => toPageLines(text)),
  };
}

/** The lines are a by-product for learning: a failure leaves none rather than failing the import. */
function safeLines(read: () => PageLine[]): PageLine[] {
  try {
    return read();
  } catch {
    return [];
  }
}
