/**
 * What the registry CSV import returns: parsed rows keyed for upsert, and problems by line and
 * column. The caller imports all rows or none (one transaction): any problem rejects the file.
 */

import type {
  DepartmentKind,
  MunicipalityCode,
  OrganisationKind,
  PersonRole,
} from '../../domain/registry/types.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';

export interface CsvProblem {
  /** 1-based line in the file, as a spreadsheet shows it (the header is line 1). */
  line: number;
  /** Column name as documented (e.g. `cvr`, `lbf_nr`); null for a problem with the whole line or file. */
  column: string | null;
  /** Danish, safe to show to the user. */
  message: string;
}

/** Like the domain's AdministeredBy, but pointing at organisations by CVR (ids do not exist yet). */
export type AdministeredByRef =
  | { kind: 'self' }
  | { kind: 'administrationOrganisation' | 'otherOrganisation'; cvr: string }
  | { kind: 'privateAdministrator'; name: string };

export interface ParsedOrganisation {
  /** Idempotency key: `organisation:<cvr>` (see keys.ts). */
  key: string;
  line: number;
  name: string;
  cvr: string;
  lbfNumber: string | null;
  kind: OrganisationKind;
  seatMunicipality: MunicipalityCode;
  administeredBy: AdministeredByRef;
  accountingYearEnd: string;
  activeFrom: IsoDate;
  activeTo: IsoDate | null;
}

export interface ParsedDepartment {
  /** Idempotency key: `department:<organisation cvr>:<lbf number>` (see keys.ts). */
  key: string;
  line: number;
  organisationCvr: string;
  lbfNumber: string;
  name: string;
  address: string;
  locationMunicipality: MunicipalityCode;
  homes: number;
  kind: DepartmentKind;
  hasDepartmentBoard: boolean;
}

type OrganisationRoleKind = 'boardChair' | 'boardViceChair' | 'boardMember' | 'administratorStaff';

/** Like the domain's PersonRole, but pointing at organisations by CVR. */
export type ParsedPersonRole =
  | Exclude<PersonRole, { kind: OrganisationRoleKind }>
  | { kind: OrganisationRoleKind; organisationCvr: string; from: IsoDate; to: IsoDate | null };

export interface ParsedPerson {
  /** Idempotency key: `person:email:<email>` or, without e-mail, `person:name:<name>` (see keys.ts). */
  key: string;
  /** Every line that contributed to this person (one line per role). */
  lines: number[];
  name: string;
  email: string | null;
  phone: string | null;
  roles: ParsedPersonRole[];
}

export interface ParsedRegistryRows {
  organisations: ParsedOrganisation[];
  departments: ParsedDepartment[];
  persons: ParsedPerson[];
}

export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface RegistryCsvResult {
  /** The rows that were read without problems. Import them only when `problems` is empty. */
  rows: ParsedRegistryRows;
  problems: CsvProblem[];
  /** What was detected, for the import report. */
  format: { encoding: CsvEncoding | null; bom: boolean; separator: ';' | ',' };
}

/** An organisation already in the registry, so the file may refer to it without listing it. */
export interface KnownOrganisation {
  cvr: string;
  name: string;
  kind: OrganisationKind;
}

export interface RegistryCsvOptions {
  /**
   * Organisations already in the registry. A department, role or `administreres_af` may refer to
   * an organisation in the file or in this list; any other reference is a problem.
   */
  knownOrganisations?: readonly KnownOrganisation[];
}
