/**
 * The public records the open-data API serves, before they are dressed as OParl JSON: only what
 * may be published, nothing else. The projection (project-open-data.ts) decides what goes in;
 * the HTTP layer only adds URLs and OParl's field names.
 */
import type { AgreementStatus, ObjectiveArea, ResponsibleParty } from '../agreements/types.ts';
import type { ComplianceStatus } from '../compliance/types.ts';
import type { PublishedAccount } from '../meetings/publication.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import type { Stamps } from './stamps.ts';

export type OpenOrganisationKind =
  | 'council'
  | 'committee'
  | 'housingOrganisation'
  | 'administrationOrganisation';

export interface OpenOrganisation extends Stamps {
  id: string;
  kind: OpenOrganisationKind;
  name: string;
  shortName: string | null;
  /** Housing organisations: CVR (public company register number). */
  cvr: string | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** Memberships of people in public roles (political bodies only). */
  membershipIds: string[];
}

export interface OpenMembership extends Stamps {
  id: string;
  personId: string;
  organisationId: string;
  role: 'chair' | 'viceChair' | 'member';
  electionPeriod: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
}

/** A person in a public political role. Never e-mail, phone or address (OParl 1.1, "Datenschutz"). */
export interface OpenPerson extends Stamps {
  id: string;
  name: string;
  /** Party of a council member, when recorded. */
  party: string | null;
  memberships: OpenMembership[];
}

export interface OpenTerm extends Stamps {
  id: string;
  name: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

export interface OpenAgendaItem {
  id: string;
  number: string;
  order: number;
  name: string;
  result: string;
  resolutionText: string;
}

export interface OpenAccountVersion {
  version: number;
  publishedOn: IsoDate;
  correction: { reason: string; on: IsoDate } | null;
}

/** A meeting whose account is published; its public content is the newest published account. */
export interface OpenMeeting extends Stamps {
  id: string;
  name: string;
  kind: string;
  organisationId: string | null;
  date: IsoDate | null;
  startTime: string | null;
  endTime: string | null;
  account: PublishedAccount;
  version: number;
  publishedOn: IsoDate;
  versions: OpenAccountVersion[];
  agendaItems: OpenAgendaItem[];
}

export interface OpenConsultation {
  id: string;
  /** The body's organisation in the registry, when the route names one the registry knows. */
  organisationId: string | null;
  bodyName: string | null;
  date: IsoDate | null;
  /** The last body on the route decides (e.g. Kommunalbestyrelsen). */
  authoritative: boolean;
  role: string;
  result: string | null;
}

/** A political case published as open (Åben sag). Closed cases are never projected. */
export interface OpenPaper extends Stamps {
  id: string;
  reference: string | null;
  name: string;
  date: IsoDate | null;
  consultations: OpenConsultation[];
}

export interface OpenStatusChange {
  status: AgreementStatus;
  date: IsoDate;
  note: string | null;
  evidenceUrl: string | null;
}

/** An agreement made at a meeting whose account is published. No names of who recorded changes. */
export interface OpenAgreement extends Stamps {
  id: string;
  organisationId: string;
  meetingId: string;
  steeringYear: number;
  agreedOn: IsoDate;
  objectiveArea: ObjectiveArea;
  text: string;
  target: string | null;
  responsible: ResponsibleParty;
  deadline: IsoDate | null;
  status: AgreementStatus;
  history: OpenStatusChange[];
}

/**
 * A statutory obligation of a steering year with its compliance status (almenboligloven § 164 and
 * the municipality's model). Evidence names only public things: a meeting with a published
 * account, or a web address; other references (portal numbers, notes) are left out.
 */
export interface OpenObligation extends Stamps {
  id: string;
  year: number;
  kind: string;
  ruleId: string;
  label: string;
  basis: string;
  statutory: boolean;
  organisationId: string | null;
  periodLabel: string;
  dueBy: IsoDate;
  status: ComplianceStatus;
  completedOn: IsoDate | null;
  completedLate: boolean;
  evidence: { kind: string; date: IsoDate; meetingId: string | null; url: string | null }[];
}

export interface OpenDataset {
  organisations: OpenOrganisation[];
  people: OpenPerson[];
  memberships: OpenMembership[];
  terms: OpenTerm[];
  meetings: OpenMeeting[];
  papers: OpenPaper[];
  agreements: OpenAgreement[];
  obligations: OpenObligation[];
}
