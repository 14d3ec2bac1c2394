/**
 * The organisation list as a CSV table (`/boligorganisationer.csv`), written in the registry CSV
 * format (docs/registry-csv.md) so that the file can be edited in Excel and imported again:
 * export → import gives the same organisations. Dates are dd-mm-åååå, the accounting year end
 * dd-mm, as the registry CSV documents. The columns Afdelinger, Boliger i alt and Id are there for
 * the reader; the importer ignores them.
 *
 * Headers are as a person reads them; each normalises to a registry CSV column
 * (importer/registry-csv/columns.ts). Builds cells only; the edge writes the file.
 */
import type { HousingOrganisation } from '../../domain/registry/types.ts';
import { formatDayMonth } from '../../domain/shared/date-input.ts';
import { csvCell, defineExport, exportTable } from '../../domain/shared/export-table.ts';

export interface CsvTable {
  headers: string[];
  rows: (string | number | null)[][];
}

/** One listed organisation as `listOrganisations` returns it. */
export interface OrganisationCsvInput {
  organisation: HousingOrganisation;
  departments: number;
  homes: number;
  administrator: { name: string; cvr: string } | null;
}

const KIND_WORD: Record<HousingOrganisation['kind'], string> = {
  housingOrganisation: 'Boligorganisation',
  administrationOrganisation: 'Administrationsorganisation',
};

/** `administreres_af`: blank for self, the administering organisation's CVR, or a private administrator's name. */
function administeredByCell(o: OrganisationCsvInput): string {
  const a = o.organisation.administeredBy;
  if (a.kind === 'self') return '';
  if (a.kind === 'privateAdministrator') return a.name;
  return o.administrator?.cvr ?? '';
}

/** The organisation list's export definition: the registry CSV's columns, typed for XLSX too. */
export const organisationExport = defineExport<OrganisationCsvInput>({
  name: 'boligorganisationer',
  sheet: 'Boligorganisationer',
  columns: [
    { header: 'Type', type: 'text', value: () => 'organisation' },
    { header: 'Navn', type: 'text', value: (o) => o.organisation.name },
    { header: 'CVR', type: 'text', value: (o) => o.organisation.cvr },
    { header: 'LBF-nummer', type: 'text', value: (o) => o.organisation.lbfNumber },
    { header: 'Art', type: 'text', value: (o) => KIND_WORD[o.organisation.kind] },
    { header: 'Hjemkommune', type: 'text', value: (o) => o.organisation.seatMunicipality },
    { header: 'Administreres af', type: 'text', value: administeredByCell },
    {
      header: 'Regnskabsår slutter',
      type: 'text',
      value: (o) => formatDayMonth(o.organisation.accountingYearEnd),
    },
    { header: 'Aktiv fra', type: 'date', value: (o) => o.organisation.activeFrom },
    { header: 'Aktiv til', type: 'date', value: (o) => o.organisation.activeTo },
    { header: 'Afdelinger', type: 'integer', value: (o) => o.departments },
    { header: 'Boliger i alt', type: 'integer', value: (o) => o.homes },
    { header: 'Id', type: 'text', value: (o) => o.organisation.id },
  ],
});

export function organisationCsvTable(organisations: readonly OrganisationCsvInput[]): CsvTable {
  const table = exportTable(organisationExport, organisations);
  return {
    headers: table.columns.map((c) => c.header),
    rows: table.rows.map((row) =>
      row.map((v, i) => csvCell(v, table.columns[i]?.type ?? 'text') as string | number | null),
    ),
  };
}
