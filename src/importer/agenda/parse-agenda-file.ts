/**
 * One entry point for an uploaded agenda file: detects the format and runs the matching reader.
 * Text is read as UTF-8 (a byte-order mark is dropped). Never rejects on bad content.
 */
import type { AgendaParseOptions } from './agenda-blocks.ts';
import { type AgendaFileProbe, detectAgendaFormat } from './detect-agenda-format.ts';
import { type AgendaImportResult, ReportBuilder } from './import-report.ts';
import { parseAgendaMarkdown } from './parse-agenda-markdown.ts';
import { parseAgendaPdf } from './parse-agenda-pdf.ts';
import { parseAgendaPdfText } from './parse-agenda-pdf-text.ts';

export async function parseAgendaFile(
  file: AgendaFileProbe,
  options: AgendaParseOptions = {},
): Promise<AgendaImportResult> {
  const format = detectAgendaFormat(file);
  if (format === 'pdf') return parseAgendaPdf(file.bytes, options);
  if (format === null) {
    const report = new ReportBuilder('pdf-text');
    report.warn(
      null,
      'file.unknownFormat',
      'Filen er hverken en PDF eller en tekstfil. Importér dagsordenspunktet som PDF, Markdown eller tekst.',
    );
    return { cases: [], report: report.build() };
  }
  const text = new TextDecoder('utf-8').decode(file.bytes);
  return format === 'markdown' ? parseAgendaMarkdown(text, options) : parseAgendaPdfText(text, options);
}
