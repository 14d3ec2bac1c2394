/**
 * CSV downloads as Danish Excel opens them: `;` separated, UTF-8 with a byte order mark.
 */
import { stringify } from 'csv-stringify/sync';

export function excelCsv(headers: string[], rows: (string | number | boolean | null)[][]): string {
  const cells = rows.map((r) =>
    r.map((c) => (c === null ? '' : typeof c === 'boolean' ? (c ? 'ja' : 'nej') : String(c))),
  );
  return `\uFEFF${stringify([headers, ...cells], { delimiter: ';', record_delimiter: '\r\n' })}`;
}
