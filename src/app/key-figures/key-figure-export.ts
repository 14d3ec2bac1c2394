/**
 * An organisation's key figures for a steering year as an export (CSV and XLSX through the one
 * export definition): one row per figure of the organisation and each department, with the
 * municipal and national medians, numbers as numbers. Built from getOrganisationKeyFigures'
 * read model, so the file holds what the page shows.
 */
import type { OrganisationKeyFigures } from '../../domain/key-figures/key-figure-view.ts';
import { defineExport, type ExportTable, exportTable } from '../../domain/shared/export-table.ts';

interface KeyFigureExportRow {
  year: number;
  subject: string;
  code: string;
  label: string;
  value: number | null;
  unit: string;
  derived: boolean;
  municipalMedian: number | null;
  nationalMedian: number | null;
}

const keyFigureExport = defineExport<KeyFigureExportRow>({
  name: 'noegletal',
  sheet: 'Nøgletal',
  columns: [
    { header: 'Styringsår', type: 'integer', value: (r) => r.year },
    { header: 'Organisation eller afdeling', type: 'text', value: (r) => r.subject },
    { header: 'Kode', type: 'text', value: (r) => r.code },
    { header: 'Nøgletal', type: 'text', value: (r) => r.label },
    { header: 'Værdi', type: 'decimal', value: (r) => r.value },
    { header: 'Enhed', type: 'text', value: (r) => r.unit },
    { header: 'Beregnet af afdelingerne', type: 'boolean', value: (r) => r.derived },
    { header: 'Kommunens median', type: 'decimal', value: (r) => r.municipalMedian },
    { header: 'Landsmedian', type: 'decimal', value: (r) => r.nationalMedian },
  ],
});

export function keyFigureTable(organisationName: string, k: OrganisationKeyFigures): ExportTable {
  const rows: KeyFigureExportRow[] = [
    ...k.figures.map((f) => ({ year: k.year, subject: organisationName, ...f })),
    ...k.departments.flatMap((d) => d.figures.map((f) => ({ year: k.year, subject: d.name, ...f }))),
    ...k.otherFigures.map((f) => ({
      year: k.year,
      subject: f.departmentName ?? organisationName,
      code: f.code,
      label: f.code,
      value: f.value,
      unit: f.unit,
      derived: false,
      municipalMedian: null,
      nationalMedian: null,
    })),
  ];
  return exportTable(keyFigureExport, rows);
}
