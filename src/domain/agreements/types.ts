/**
 * Agreements (aftaler) made at the governance dialogue meetings and followed up from year to
 * year, with every status change kept as history. Names follow the glossary in domain.md §7.
 *
 * The published account must describe the agreements made (almenboligloven § 164, stk. 2, via
 * the operating order, domain.md §1) and last year's agreements are followed up at next year's
 * meeting [practice] (domain.md §2).
 */
import type { IsoDate } from '../shared/iso-date.ts';

/** The national objective areas agreements are tagged with (domain.md §3) [law/practice], plus "other". */
export const OBJECTIVE_AREAS = [
  'economyAndOperations',
  'managementAndResidentDemocracy',
  'letting',
  'departments',
  'newBuildingAndRenovation',
  'other',
] as const;

export type ObjectiveArea = (typeof OBJECTIVE_AREAS)[number];

export const AGREEMENT_STATUSES = ['agreed', 'inProgress', 'fulfilled', 'notFulfilled', 'dropped'] as const;

export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Who carries out the agreement: the organisation, the municipality's administration, both, or a named unit. */
export type ResponsibleParty =
  | { kind: 'organisation' }
  | { kind: 'administration' }
  | { kind: 'both' }
  | { kind: 'namedUnit'; name: string };

/** Some councils approve the agreement documents formally (domain.md §2) [practice]. */
export interface CouncilApproval {
  /** The body that approved, e.g. "Kommunalbestyrelsen" or "MTU". */
  body: string;
  date: IsoDate;
  /** The municipality's case number, e.g. "22/8287" (the format varies between municipalities). */
  caseNumber: string | null;
}

/** One entry of an agreement's status history: the first one is always `agreed`. */
export interface StatusChange {
  status: AgreementStatus;
  /** The date the status applies from (the meeting date for the first entry). */
  date: IsoDate;
  /** Actor label of who recorded it (`user:<id>`, `system:<name>`). */
  changedBy: string;
  /** Display name of who recorded it. */
  changedByName: string;
  note: string | null;
  /** A link to evidence (minutes, report, case). File uploads are not kept: a link is enough. */
  evidenceUrl: string | null;
  /** The dialogue meeting where the status was recorded, when known (meetings are a later slice). */
  meetingId: string | null;
  /** Name of the organisation user whose progress report this entry confirms, else null. */
  proposedByName: string | null;
}

export interface Agreement {
  id: string;
  organisationId: string;
  /** The dialogue meeting the agreement was made at; null until the meetings slice links it. */
  meetingId: string | null;
  /** The steering year of the meeting the agreement was made at (domain.md §2). */
  steeringYear: number;
  /** The date the agreement was made (normally the meeting date). */
  agreedOn: IsoDate;
  objectiveArea: ObjectiveArea;
  /** Departments the agreement concerns; empty for the organisation as a whole. */
  departmentIds: string[];
  text: string;
  /** The measurable target or indicator, where there is one. */
  target: string | null;
  responsible: ResponsibleParty;
  /** Null for an agreement without a deadline (e.g. "løbende"). */
  deadline: IsoDate | null;
  councilApproval: CouncilApproval | null;
  /** The current status: always the status of the last history entry. */
  status: AgreementStatus;
  /** Oldest first; never empty. */
  history: StatusChange[];
}

export type ProposalState = 'pending' | 'confirmed' | 'rejected';

/**
 * An organisation user's report of progress between meetings: a proposed status with a note.
 * It changes nothing until a case officer confirms it; then it becomes a history entry.
 */
export interface ProgressProposal {
  id: string;
  agreementId: string;
  status: AgreementStatus;
  note: string;
  evidenceUrl: string | null;
  proposedOn: IsoDate;
  proposedBy: string;
  proposedByName: string;
  state: ProposalState;
  decidedOn: IsoDate | null;
  decidedBy: string | null;
  decidedByName: string | null;
  /** The case officer's reason for a rejection (required then), or a remark on a confirmation. */
  decisionNote: string | null;
}
