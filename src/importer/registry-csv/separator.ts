/**
 * Which separator a CSV file uses, read from its header line. A Danish Excel writes `;` (the
 * comma is the decimal sign); other tools write `,`. An Excel hint line `sep=;` wins.
 */
export type CsvSeparator = ';' | ',';

/** The `sep=X` first line Excel understands, or null. */
export function separatorHint(firstLine: string): CsvSeparator | null {
  const m = /^\s*sep=([;,])\s*$/i.exec(firstLine);
  return m ? (m[1] as CsvSeparator) : null;
}

/** Counts `;` and `,` outside quotes in the header line; the more frequent wins, `;` on a tie. */
export function detectSeparator(headerLine: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}
