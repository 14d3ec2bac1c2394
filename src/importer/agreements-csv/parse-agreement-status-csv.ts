/**
 * The bulk status file read back: bytes (UTF-8 or Windows-1252, `;` or `,`, as Excel saves it)
 * → the planned status changes, or every problem with its line and column. Decoding, separator
 * detection and record splitting are the registry importer's (one way to read CSV in the
 * product); the columns and row rules are domain/agreements/status-csv.ts.
 *
 * Never throws on bad content, never touches the database: the caller applies the changes in one
 * transaction when `problems` is empty, and none otherwise.
 */
import {
  REQUIRED_STATUS_CSV_COLUMNS,
  STATUS_CSV_HEADERS,
  type StatusCsvColumn,
  type StatusCsvProblem,
  type StatusCsvValidation,
  statusCsvColumn,
  statusCsvHeaderRow,
  validateStatusRows,
} from '../../domain/agreements/status-csv.ts';
import type { Agreement } from '../../domain/agreements/types.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import { decodeCsvBytes, decodeCsvText } from '../registry-csv/decode.ts';
import { normaliseLineBreaks, readRecords } from '../registry-csv/read-records.ts';
import { type CsvSeparator, detectSeparator, separatorHint } from '../registry-csv/separator.ts';
import type { CsvEncoding } from '../registry-csv/types.ts';

export interface AgreementStatusCsvResult extends StatusCsvValidation {
  format: { encoding: CsvEncoding | null; bom: boolean; separator: CsvSeparator };
  /** Data rows read (excluding the header and blank lines). */
  rows: number;
}

export interface AgreementStatusCsvOptions {
  /** The stored agreements the importing user may change. */
  agreements: readonly Agreement[];
  today: IsoDate;
}

function byLine(problems: StatusCsvProblem[]): StatusCsvProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
}

export function parseAgreementStatusCsv(
  input: Uint8Array | string,
  options: AgreementStatusCsvOptions,
): AgreementStatusCsvResult {
  const empty = { changes: [], unchanged: 0, rows: 0 };
  const decoded = typeof input === 'string' ? decodeCsvText(input) : decodeCsvBytes(input);
  if (!decoded.ok) {
    return {
      ...empty,
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
  const separator = hint ?? detectSeparator(headerLine);
  const format = { encoding: decoded.encoding, bom: decoded.bom, separator };

  const read = readRecords(text, separator);
  const problems: StatusCsvProblem[] = read.problems.map((p) => ({ ...p, line: p.line + lineOffset }));
  const records = read.records.map((r) => ({ ...r, line: r.line + lineOffset }));
  const [header, ...data] = records;
  if (header === undefined) {
    problems.push({
      line: 1,
      column: null,
      message: 'Filen er tom: den skal have en overskrift og mindst én linje',
    });
    return { ...empty, problems, format };
  }

  const columns: (StatusCsvColumn | null)[] = [];
  const seen = new Set<StatusCsvColumn>();
  for (const raw of header.cells) {
    const name = raw.trim();
    const column = statusCsvColumn(name);
    if (name === '') columns.push(null);
    else if (column === null) {
      columns.push(null);
      problems.push({
        line: header.line,
        column: name,
        message: `Kolonnen »${name}« kendes ikke. Kolonnerne er: ${statusCsvHeaderRow().join(', ')}`,
      });
    } else if (seen.has(column)) {
      columns.push(null);
      problems.push({
        line: header.line,
        column: name,
        message: `Kolonnen ${name} står to gange i overskriften`,
      });
    } else {
      seen.add(column);
      columns.push(column);
    }
  }
  for (const required of REQUIRED_STATUS_CSV_COLUMNS) {
    if (!seen.has(required)) {
      problems.push({
        line: header.line,
        column: STATUS_CSV_HEADERS[required],
        message: `Overskriften mangler kolonnen ${STATUS_CSV_HEADERS[required]}`,
      });
    }
  }
  if (problems.length > 0) return { ...empty, rows: data.length, problems: byLine(problems), format };
  if (data.length === 0) {
    problems.push({
      line: header.line,
      column: null,
      message: 'Filen har kun en overskrift og ingen linjer med aftaler',
    });
  }

  const rows = data.map((record) => {
    const cells = new Map<StatusCsvColumn, string>();
    record.cells.forEach((value, i) => {
      const column = columns[i];
      if (column !== undefined && column !== null) cells.set(column, value);
      else if (value.trim() !== '' && i >= columns.length) {
        problems.push({
          line: record.line,
          column: null,
          message:
            `Linjen har flere felter (${record.cells.length}) end overskriften (${columns.length}). ` +
            'Måske står der et semikolon eller komma i en værdi uden anførselstegn.',
        });
      }
    });
    return { line: record.line, cells };
  });
  const validation = validateStatusRows(rows, options.agreements, options.today);
  problems.push(...validation.problems);
  return {
    changes: problems.length === 0 ? validation.changes : [],
    unchanged: validation.unchanged,
    rows: rows.length,
    problems: byLine(problems),
    format,
  };
}
