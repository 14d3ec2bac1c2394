/**
 * The registry's domain types: municipalities, housing organisations, departments,
 * people with roles over time, political bodies. Names follow the glossary in domain.md §7.
 */
import type { IsoDate } from '../shared/iso-date.ts';

/** Official 3-digit municipality code, e.g. Norddjurs = "707". */
export type MunicipalityCode = string;

export interface Municipality {
  code: MunicipalityCode;
  name: string;
  supervisingUnit: string;
  accountsUrl: string | null;
  /** Committee abbreviations, e.g. { MTU: 'Miljø- og teknikudvalget', ØK: 'Økonomiudvalget', KB: 'Kommunalbestyrelsen' }. */
  bodyAbbreviations: Record<string, string>;
  /**
   * The municipality's own accessibility statement (webtilgængelighedsloven § 3, made with
   * Digitaliseringsstyrelsen's WAS-Tool) and privacy notice (GDPR art. 13). Null or absent: the
   * built-in pages are linked in the footer instead.
   */
  accessibilityStatementUrl?: string | null;
  privacyNoticeUrl?: string | null;
  /** Postal address of the municipality (the town hall), shown to the operator. */
  address?: string | null;
  /** Set while the national administrator has suspended the municipality (issue 17). */
  suspension?: MunicipalitySuspension | null;
}

export interface MunicipalitySuspension {
  /** ISO instant. */
  since: string;
  reason: string | null;
}

export type OrganisationKind = 'housingOrganisation' | 'administrationOrganisation';

export type AdministeredBy =
  | { kind: 'self' }
  | { kind: 'administrationOrganisation'; organisationId: string }
  | { kind: 'otherOrganisation'; organisationId: string }
  | { kind: 'privateAdministrator'; name: string };

export interface HousingOrganisation {
  id: string;
  name: string;
  /** Danish CVR number, 8 digits, modulus-11 checked. */
  cvr: string;
  /** Organisation number at Landsbyggefonden. */
  lbfNumber: string | null;
  kind: OrganisationKind;
  seatMunicipality: MunicipalityCode;
  administeredBy: AdministeredBy;
  /** Accounting year end as MM-DD; default "12-31". Shifted years allowed (e.g. "06-30"). */
  accountingYearEnd: string;
  activeFrom: IsoDate;
  activeTo: IsoDate | null;
}

export type DepartmentKind = 'family' | 'elderly' | 'youth';

export interface Department {
  id: string;
  organisationId: string;
  /** LBF department number, unique within its organisation. */
  lbfNumber: string;
  name: string;
  address: string;
  locationMunicipality: MunicipalityCode;
  homes: number;
  kind: DepartmentKind;
  hasDepartmentBoard: boolean;
}

export type PersonRole =
  | { kind: 'official'; municipality: MunicipalityCode; unit: string; from: IsoDate; to: IsoDate | null }
  | { kind: 'mayor'; municipality: MunicipalityCode; from: IsoDate; to: IsoDate | null }
  | {
      kind: 'councilMember';
      municipality: MunicipalityCode;
      party: string;
      from: IsoDate;
      to: IsoDate | null;
    }
  | {
      kind: 'boardChair' | 'boardViceChair' | 'boardMember';
      organisationId: string;
      from: IsoDate;
      to: IsoDate | null;
    }
  | { kind: 'administratorStaff'; organisationId: string; from: IsoDate; to: IsoDate | null };

export interface Person {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  roles: PersonRole[];
}

export type BodyKind = 'council' | 'committee';

export interface Body {
  id: string;
  municipality: MunicipalityCode;
  abbreviation: string;
  name: string;
  kind: BodyKind;
  /** True for the committee that supervises the housing organisations (for § 14 conflicts). */
  supervises: boolean;
}

export interface BodyMembership {
  bodyId: string;
  personId: string;
  /** Election period label, e.g. "2022-2025". */
  electionPeriod: string;
  role: 'chair' | 'viceChair' | 'member';
}
