/**
 * The organisation list as a CSV table (`/boligorganisationer.csv`), written in the registry CSV
 * format (docs/registry-csv.md) so that the file can be edited in Excel and imported again:
 * export → import gives the same organisations. Dates are dd-mm-åååå, the accounting year end
 * dd-mm, as the registry CSV documents. The columns Afdelinger, Boliger i alt and Id are there for
 * the reader; the importer ignores them.
 *
 * Builds cells only; the edge writes them as a file (web/csv.ts).
 */
import type { HousingOrganisation } from '../../domain/registry/types.ts';
import { formatDate, formatDayMonth } from '../../domain/shared/date-input.ts';

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

/** Headers as a person reads them; each normalises to a registry CSV column (importer/registry-csv/columns.ts). */
export const ORGANISATION_CSV_HEADERS = [
  'Type',
  'Navn',
  'CVR',
  'LBF-nummer',
  'Art',
  'Hjemkommune',
  'Administreres af',
  'Regnskabsår slutter',
  'Aktiv fra',
  'Aktiv til',
  'Afdelinger',
  'Boliger i alt',
  'Id',
];

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

export function organisationCsvTable(organisations: readonly OrganisationCsvInput[]): CsvTable {
  return {
    headers: [...ORGANISATION_CSV_HEADERS],
    rows: organisations.map((o) => {
      const org = o.organisation;
      return [
        'organisation',
        org.name,
        org.cvr,
        org.lbfNumber,
        KIND_WORD[org.kind],
        org.seatMunicipality,
        administeredByCell(o),
        formatDayMonth(org.accountingYearEnd),
        formatDate(org.activeFrom),
        org.activeTo === null ? null : formatDate(org.activeTo),
        o.departments,
        o.homes,
        org.id,
      ];
    }),
  };
}
