/**
 * The registry's port: what registry use cases load and save. Implemented in db/registry/.
 */
import type {
  Body,
  BodyMembership,
  Department,
  HousingOrganisation,
  Municipality,
  Person,
} from '../../domain/registry/types.ts';

export interface ElectionPeriodRecord {
  label: string;
  electionDate: string;
  start: string;
  end: string;
}

export interface OrganisationSummary {
  organisation: HousingOrganisation;
  departments: number;
  homes: number;
}

/** Registry records that carry a version besides organisations (whose version is on the record). */
export type VersionedRecord = 'person' | 'department' | 'municipality';

export interface RegistryStore {
  listMunicipalities(): Promise<Municipality[]>;
  getMunicipality(code: string): Promise<(Municipality & { isDemo: boolean }) | null>;
  /**
   * Inserts or replaces the municipality's settings and bumps its version. With `expectedVersion`
   * it saves only when the stored version still matches; false for a stale write.
   */
  saveMunicipality(m: Municipality, isDemo: boolean, expectedVersion?: number): Promise<boolean>;
  /**
   * Only the two notice links; the other settings are left as they are. False when the stored
   * version is no longer `expectedVersion` (someone else saved first).
   */
  saveMunicipalityNotices(
    code: string,
    notices: { accessibilityStatementUrl: string | null; privacyNoticeUrl: string | null },
    expectedVersion: number,
  ): Promise<boolean>;

  /** Adds a new municipality; false when the code is taken (also under a race). */
  insertMunicipality(m: Municipality): Promise<boolean>;
  /** Suspends (with a reason) or lifts the suspension (null); bumps the version. */
  setMunicipalitySuspension(
    code: string,
    suspension: { at: Date; reason: string | null } | null,
  ): Promise<void>;

  listOrganisations(municipality: string): Promise<OrganisationSummary[]>;
  getOrganisation(
    municipality: string,
    id: string,
  ): Promise<(HousingOrganisation & { version: number }) | null>;
  findOrganisationByCvr(municipality: string, cvr: string): Promise<HousingOrganisation | null>;
  insertOrganisation(municipality: string, o: HousingOrganisation): Promise<void>;
  /** Many new organisations in batched multi-row INSERTs (the bulk registry import). */
  insertOrganisations(municipality: string, organisations: readonly HousingOrganisation[]): Promise<void>;
  /** Saves when `expectedVersion` matches; returns false for a stale write. */
  updateOrganisation(municipality: string, o: HousingOrganisation, expectedVersion: number): Promise<boolean>;

  listDepartments(organisationId: string): Promise<Department[]>;
  listDepartmentsOfMunicipality(municipality: string): Promise<Department[]>;
  getDepartment(id: string): Promise<Department | null>;
  /** Inserts or replaces (bumping the version); with `expectedVersion` false for a stale write. */
  saveDepartment(d: Department, expectedVersion?: number): Promise<boolean>;
  /** Inserts or replaces many departments (bumping versions) in batched multi-row statements. */
  saveDepartments(departments: readonly Department[]): Promise<void>;

  listPersons(municipality: string): Promise<Person[]>;
  getPerson(municipality: string, id: string): Promise<Person | null>;
  findPersonByEmail(municipality: string, email: string): Promise<Person | null>;
  /**
   * Inserts or replaces the person and all of its roles, bumping the version. With
   * `expectedVersion` it saves only when the stored version still matches; false for a stale write.
   */
  savePerson(municipality: string, p: Person, expectedVersion?: number): Promise<boolean>;
  /** Inserts or replaces many people with all of their roles, in batched multi-row statements. */
  savePersons(municipality: string, persons: readonly Person[]): Promise<void>;
  /** The stored versions (optimistic concurrency) of people, departments or municipalities by id. */
  versionsOf(kind: VersionedRecord, ids: readonly string[]): Promise<Map<string, number>>;

  listBodies(municipality: string): Promise<Body[]>;
  saveBody(b: Body): Promise<void>;
  listMemberships(municipality: string): Promise<BodyMembership[]>;
  saveMembership(m: BodyMembership): Promise<void>;

  listElectionPeriods(): Promise<ElectionPeriodRecord[]>;
  saveElectionPeriod(p: ElectionPeriodRecord): Promise<void>;
}
