import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { excelCsv } from './csv.ts';

describe('excelCsv', () => {
  it('writes a BOM, semicolons and quotes cells that need it, so the file parses back', () => {
    const csv = excelCsv(
      ['Navn', 'Boliger', 'Aktiv'],
      [
        ['Bolig; "Øst"', 12, true],
        ['Nord', 3, null],
      ],
    );
    expect(csv.startsWith('\uFEFFNavn;Boliger;Aktiv\r\n')).toBe(true);
    expect(parse(csv.slice(1), { delimiter: ';' })).toEqual([
      ['Navn', 'Boliger', 'Aktiv'],
      ['Bolig; "Øst"', '12', 'ja'],
      ['Nord', '3', ''],
    ]);
  });
});
