import { describe, expect, it } from 'vitest';
import { csvCell, defineExport, exportCsv, exportTable } from './export-table.ts';

const definition = defineExport<{ name: string; on: string | null; n: number; rent: number; ok: boolean }>({
  name: 'liste',
  sheet: 'Liste',
  columns: [
    { header: 'Navn', type: 'text', value: (r) => r.name },
    { header: 'Dato', type: 'date', value: (r) => r.on },
    { header: 'Antal', type: 'integer', value: (r) => r.n },
    { header: 'Husleje pr. m²', type: 'decimal', value: (r) => r.rent },
    { header: 'Aktiv', type: 'boolean', value: (r) => r.ok },
  ],
});

describe('export tables', () => {
  it('writes Danish CSV cells: dd-mm-åååå, decimal comma, ja/nej, formula-safe text', () => {
    const table = exportTable(definition, [
      { name: '=1+1', on: '2026-03-01', n: 12, rent: 845.5, ok: true },
      { name: 'Ærø', on: null, n: 0, rent: 0, ok: false },
    ]);
    expect(exportCsv(table)).toBe(
      '\uFEFFNavn;Dato;Antal;Husleje pr. m²;Aktiv\r\n' + "'=1+1;01-03-2026;12;845,5;ja\r\nÆrø;;0;0;nej\r\n",
    );
  });

  it('leaves out the columns the viewer may not see', () => {
    const table = exportTable(definition, [], (c) => c.header !== 'Antal');
    expect(table.columns.map((c) => c.header)).toEqual(['Navn', 'Dato', 'Husleje pr. m²', 'Aktiv']);
  });

  it('refuses a value of the wrong kind instead of writing a number as text', () => {
    const wrong = defineExport<{ n: unknown }>({
      name: 'x',
      sheet: 'x',
      columns: [{ header: 'Antal', type: 'integer', value: (r) => r.n as number }],
    });
    expect(() => exportTable(wrong, [{ n: '12' }])).toThrow(/Antal/);
    expect(() => exportTable(wrong, [{ n: 1.5 }])).toThrow(/Antal/);
    expect(csvCell('2026-12-31', 'date')).toBe('31-12-2026');
  });
});
