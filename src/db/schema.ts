/**
 * The database's shape as Kysely sees it (row types per table). Row types end in `Row`; the
 * adapters translate them to domain types.
 */
import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: selected as T, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

type DateText = string;

export interface AppMetaRow {
  key: string;
  value: Json<unknown>;
}

export interface AuditEntryRow {
  id: Generated<number>;
  at: ColumnType<Date, Date | string | undefined, never>;
  municipality: string | null;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: NullableJson<Record<string, unknown>>;
  after: NullableJson<Record<string, unknown>>;
  request_id: string | null;
}

export interface MunicipalityRow {
  code: string;
  name: string;
  supervising_unit: string;
  accounts_url: string | null;
  body_abbreviations: Json<Record<string, string>>;
  is_demo: Generated<boolean>;
}

export interface ElectionPeriodRow {
  label: string;
  election_date: DateText;
  starts_on: DateText;
  ends_on: DateText;
}

export interface HousingOrganisationRow {
  id: string;
  municipality: string;
  name: string;
  cvr: string;
  lbf_number: string | null;
  kind: string;
  seat_municipality: string;
  administered_by: Json<Record<string, unknown>>;
  accounting_year_end: Generated<string>;
  active_from: DateText;
  active_to: DateText | null;
  version: Generated<number>;
}

export interface DepartmentRow {
  id: string;
  organisation_id: string;
  lbf_number: string;
  name: string;
  address: string;
  location_municipality: string;
  homes: number;
  kind: string;
  has_department_board: boolean;
}

export interface PersonRow {
  id: string;
  municipality: string;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface PersonRoleRow {
  id: Generated<number>;
  person_id: string;
  kind: string;
  municipality: string | null;
  unit: string | null;
  party: string | null;
  organisation_id: string | null;
  from_date: DateText;
  to_date: DateText | null;
}

export interface BodyRow {
  id: string;
  municipality: string;
  abbreviation: string;
  name: string;
  kind: string;
  supervises: Generated<boolean>;
}

export interface BodyMembershipRow {
  body_id: string;
  person_id: string;
  election_period: string;
  role: string;
}

export interface Database {
  app_meta: AppMetaRow;
  audit_entry: AuditEntryRow;
  municipality: MunicipalityRow;
  election_period: ElectionPeriodRow;
  housing_organisation: HousingOrganisationRow;
  department: DepartmentRow;
  person: PersonRow;
  person_role: PersonRoleRow;
  body: BodyRow;
  body_membership: BodyMembershipRow;
}
