/**
 * CSV text → records with the file line each starts on, using csv-parse. Quoted fields may hold
 * separators, quotes ("") and line breaks. Broken quoting becomes a problem, never an exception.
 * Blank lines, and lines of only separators (Excel writes ";;;;" for an emptied row), are skipped.
 * Every cell is read back through `restoreCell`: the quote our CSV writer put in front of a
 * would-be formula (`'=…`) is removed again, so an exported file imports unchanged.
 */
import { parse } from 'csv-parse/sync';
import { restoreCell } from '../../domain/shared/spreadsheet-csv.ts';
import type { CsvSeparator } from './separator.ts';
import type { CsvProblem } from './types.ts';

export interface CsvRecord {
  /** 1-based line where the record starts, counting from the first line of `text`. */
  line: number;
  cells: string[];
}

interface RawRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

function newlinesInside(raw: string): number {
  const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
  return body.split('\n').length - 1;
}

/** `text` must use `\n` line breaks (see normaliseLineBreaks). */
export function readRecords(
  text: string,
  separator: CsvSeparator,
): { records: CsvRecord[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  let raws: RawRecord[] = [];
  try {
    raws = parse(text, {
      delimiter: separator,
      record_delimiter: '\n',
      info: true,
      raw: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        const end = Number(error?.lines ?? 1);
        problems.push({
          line: Math.max(1, end - (raw === undefined ? 0 : newlinesInside(raw))),
          column: null,
          message:
            error?.code === 'CSV_QUOTE_NOT_CLOSED'
              ? 'Linjen kan ikke læses: et anførselstegn (") åbner et felt, som ikke lukkes. ' +
                'Sæt anførselstegn om hele feltet og skriv "" for et anførselstegn inde i teksten.'
              : 'Linjen kan ikke læses som CSV.',
        });
        return undefined;
      },
    }) as unknown as RawRecord[];
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 1;
    problems.push({ line, column: null, message: 'Filen kan ikke læses som CSV fra denne linje.' });
  }
  const records = raws
    .map((r) => ({ line: r.info.lines - newlinesInside(r.raw), cells: r.record.map(restoreCell) }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { records, problems };
}

/** Windows (\r\n) and old Mac (\r) line breaks → \n, also inside quoted fields. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
