/**
 * A CSV file as Excel or another tool writes it → records with the line each starts on, the
 * format detected, and the problems of reading it. Shared by every CSV importer (registry,
 * key figures): bytes or text are decoded (decode.ts: UTF-8 with or without BOM, else
 * Windows-1252), line breaks normalised, an Excel `sep=;` line skipped (line numbers kept as the
 * user sees them), the separator read from the header line, and the records read (read-records.ts).
 */
import { decodeCsvBytes, decodeCsvText } from './decode.ts';
import { type CsvRecord, normaliseLineBreaks, readRecords } from './read-records.ts';
import { type CsvSeparator, detectSeparator, separatorHint } from './separator.ts';
import type { CsvEncoding, CsvProblem } from './types.ts';

export interface CsvFormat {
  encoding: CsvEncoding | null;
  bom: boolean;
  separator: CsvSeparator;
}

export interface CsvFile {
  /** Every non-blank record, the header first; empty when the file could not be decoded. */
  records: CsvRecord[];
  problems: CsvProblem[];
  format: CsvFormat;
}

export function readCsvFile(input: Uint8Array | string): CsvFile {
  const decoded = typeof input === 'string' ? decodeCsvText(input) : decodeCsvBytes(input);
  if (!decoded.ok) {
    return {
      records: [],
      problems: [{ line: 1, column: null, message: decoded.message }],
      format: { encoding: null, bom: false, separator: ';' },
    };
  }
  let text = normaliseLineBreaks(decoded.text);
  let lineOffset = 0;
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const hint = separatorHint(firstLine);
  if (hint !== null) {
    // Excel's "sep=;" line is not the header: skip it, keep line numbers as the user sees them.
    text = text.slice(firstLine.length + 1);
    lineOffset = 1;
  }
  const headerLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const separator: CsvSeparator = hint ?? detectSeparator(headerLine);
  const read = readRecords(text, separator);
  return {
    records: read.records.map((r) => ({ ...r, line: r.line + lineOffset })),
    problems: read.problems.map((p) => ({ ...p, line: p.line + lineOffset })),
    format: { encoding: decoded.encoding, bom: decoded.bom, separator },
  };
}
