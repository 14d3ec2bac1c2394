/**
 * A municipality's governance model (styringsmodel) for the governance dialogue, as DATA.
 * Each council decision yields a new version; the obligation engine reads the versions, never
 * code written per municipality (domain.md §5: "a model is data, never code").
 */

import type { MunicipalityCode } from '../registry/types.ts';
import type { IsoDate } from '../shared/iso-date.ts';

/** The meeting kinds the product knows; municipalities may name others (e.g. "direktørforum"). */
export const STANDARD_MEETING_KINDS = [
  'dialogueMeeting',
  'themeMeeting',
  'dialogueForum',
  'coordinationGroupMeeting',
] as const;
export type StandardMeetingKind = (typeof STANDARD_MEETING_KINDS)[number];
/** A standard kind or a municipality-named kind (letters, digits, `.`, `_`, `-`). */
export type MeetingKind = StandardMeetingKind | (string & {});

export const CADENCE_UNITS = ['perSteeringYear', 'perElectionPeriod', 'perCalendarYear'] as const;
export type CadenceUnit = (typeof CADENCE_UNITS)[number];

export const SCOPES = ['eachOrganisation', 'allOrganisations'] as const;
/** `eachOrganisation`: one meeting per organisation; `allOrganisations`: one joint meeting. */
export type Scope = (typeof SCOPES)[number];

export const PARTIES = ['administration', 'organisation', 'councilMembers', 'relevantUnits'] as const;
export type Party = (typeof PARTIES)[number];

export type RequestingParty = 'administration' | 'organisation';

export interface Cadence {
  unit: CadenceUnit;
  /** Meetings per period, >= 1. */
  count: number;
}

export interface OptionalParticipants {
  /** Danish, e.g. "Relevante embedsmænd efter parternes behov". */
  who: string;
  /** Which parties may ask for them to join. */
  mayRequest: RequestingParty[];
}

export interface PublishMinutes {
  required: boolean;
  /** Days after the meeting to publish the account; null = no deadline set by the model. */
  withinDays: number | null;
}

/** Months (1–12) of the calendar year in which the meeting should be held. */
export interface MeetingWindow {
  fromMonth: number;
  toMonth: number;
}

export interface MeetingRule {
  /**
   * Stable identity of the rule ACROSS model versions: keep it when a new version changes the
   * rule, because obligation ids contain it (see obligations/obligation-id.ts) and diffModels
   * pairs rules by it. Renaming it means "rule removed + rule added".
   */
  id: string;
  kind: MeetingKind;
  /** Danish, shown to users. */
  label: string;
  cadence: Cadence;
  scope: Scope;
  requiredParties: Party[];
  optionalParticipants: OptionalParticipants[];
  /** True when the meeting is required by law (not only by the council's own decision). */
  statutory: boolean;
  /** The source of the rule as text, e.g. "almenboligloven § 164, stk. 2". */
  basis: string;
  publishMinutes: PublishMinutes;
  window: MeetingWindow | null;
  /**
   * True when the organisation's documentation package (styringsrapport etc.) is the basis of
   * the meeting — required for the statutory dialogue meeting (almenboligloven § 164, stk. 3).
   * An addition to the brief's field list: the legal floor needs something to check.
   */
  basedOnDocumentationPackage: boolean;
}

export interface RouteStep {
  /** Body abbreviation or name, e.g. "MTU". */
  body: string;
  date: IsoDate;
  /** As recorded, e.g. "Ad. 1-2 Tiltrådt." or "Godkendt." */
  outcome: string;
}

export interface LegalBasis {
  /** The deciding body, e.g. "Kommunalbestyrelsen". */
  body: string;
  decisionDate: IsoDate;
  /** Case number yy/nnnn, e.g. "22/8287". */
  caseNumber: string | null;
  /** Id of the political case in the system, when it has been imported. */
  politicalCaseId: string | null;
  /** Danish: what was decided. */
  text: string;
  /** The case's route through the bodies (sagsgang); may be empty. An addition to the brief. */
  route: RouteStep[];
}

export interface GovernanceModel {
  /** Same id for every version of one municipality's model. */
  id: string;
  municipality: MunicipalityCode;
  name: string;
  version: number;
  validFrom: IsoDate;
  /** Inclusive; null = open-ended. */
  validTo: IsoDate | null;
  legalBasis: LegalBasis;
  meetingRules: MeetingRule[];
  /** The template the model was made from (templates.ts), kept so differences can be shown. */
  template?: ModelTemplateRef | null;
}

export interface ModelTemplateRef {
  id: string;
  version: number;
}
