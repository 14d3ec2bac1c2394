/**
 * One export definition per list: its columns (Danish header, cell type, value getter) feed both
 * the CSV (spreadsheet-csv.ts) and the XLSX writer (http/exports/spreadsheet-xlsx.ts), so the two
 * files can never hold different columns.
 *
 * Cell types: `text`, `integer`, `decimal`, `date` (an ISO date string in, a real date in XLSX,
 * dd-mm-åååå in CSV), `boolean` (ja/nej in CSV). A value of the wrong kind is a defect and throws,
 * so a column cannot silently turn a number into text.
 */
import { formatDate } from './date-input.ts';
import { isIsoDate } from './iso-date.ts';
import { type CsvValue, excelCsv } from './spreadsheet-csv.ts';

export type ExportCellType = 'text' | 'integer' | 'decimal' | 'date' | 'boolean';
export type ExportValue = string | number | boolean | null;

export interface ExportColumn<Row> {
  header: string;
  type: ExportCellType;
  value(row: Row): ExportValue;
}

export interface ExportDefinition<Row> {
  /** File name without extension, e.g. `boligorganisationer`. */
  name: string;
  /** The XLSX sheet's name (at most 31 characters). */
  sheet: string;
  columns: readonly ExportColumn<Row>[];
}

/** A list ready to be written: headers, types and typed values (dates as ISO strings). */
export interface ExportTable {
  name: string;
  sheet: string;
  columns: { header: string; type: ExportCellType }[];
  rows: ExportValue[][];
}

export function defineExport<Row>(definition: ExportDefinition<Row>): ExportDefinition<Row> {
  return definition;
}

function checked(value: ExportValue, type: ExportCellType, header: string): ExportValue {
  if (value === null) return null;
  const ok =
    type === 'text'
      ? typeof value === 'string'
      : type === 'integer'
        ? Number.isInteger(value)
        : type === 'decimal'
          ? typeof value === 'number' && Number.isFinite(value)
          : type === 'date'
            ? typeof value === 'string' && isIsoDate(value)
            : typeof value === 'boolean';
  if (!ok) throw new Error(`Export column "${header}" (${type}) got ${JSON.stringify(value)}`);
  return value;
}

/**
 * The rows of a list as a table. `include` leaves columns out for this viewer (e.g. contact data
 * where the list does not show it); the definition stays the one list of columns.
 */
export function exportTable<Row>(
  definition: ExportDefinition<Row>,
  rows: readonly Row[],
  include: (column: ExportColumn<Row>) => boolean = () => true,
  name = definition.name,
): ExportTable {
  const columns = definition.columns.filter(include);
  return {
    name,
    sheet: definition.sheet.slice(0, 31),
    columns: columns.map((c) => ({ header: c.header, type: c.type })),
    rows: rows.map((row) => columns.map((c) => checked(c.value(row), c.type, c.header))),
  };
}

/** A number as Danish Excel reads it in a CSV: decimal comma, no thousands separator. */
export function danishNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** The CSV cell of a typed value (the XLSX cell holds the value itself). */
export function csvCell(value: ExportValue, type: ExportCellType): CsvValue {
  if (value === null) return null;
  if (type === 'date') return formatDate(value as string);
  if (type === 'decimal') return danishNumber(value as number);
  return value;
}

/** The table as the CSV file every download writes (BOM, `;`, formula-safe). */
export function exportCsv(table: ExportTable): string {
  return excelCsv(
    table.columns.map((c) => c.header),
    table.rows.map((row) => row.map((v, i) => csvCell(v, table.columns[i]?.type ?? 'text'))),
  );
}
