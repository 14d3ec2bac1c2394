/**
 * Obligations: what the municipality (or an organisation) must do in a period, derived from the
 * governance model versions, the registry and the law. Facts about what happened are recorded
 * against an obligation's id (see compliance/).
 */
import type { MeetingKind, MeetingWindow } from '../governance-model/types.ts';
import type { MunicipalityCode } from '../registry/types.ts';
import type { IsoDate } from '../shared/iso-date.ts';

export type PeriodKind = 'steeringYear' | 'electionPeriod' | 'calendarYear';

/** A meeting kind from a model rule, or the organisation's documentation package (law). */
export type ObligationKind = MeetingKind | 'documentationPackage';

export interface ObligationOrganisation {
  id: string;
  name: string;
}

export interface Obligation {
  /** Stable and deterministic; see obligation-id.ts for the scheme and why. */
  id: string;
  kind: ObligationKind;
  /** The model rule it comes from, or `legalFloor` when it comes from the law alone. */
  ruleId: string;
  /** Danish, from the rule. */
  label: string;
  municipality: MunicipalityCode;
  /** null for joint and political meetings (scope allOrganisations). */
  organisation: ObligationOrganisation | null;
  periodKind: PeriodKind;
  /** "2027" for a steering or calendar year, "2026-2029" for an election period. */
  periodLabel: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** The rule's window for holding the meeting, when it has one. */
  window: MeetingWindow | null;
  /** Last day to hold the meeting / receive the package on time. */
  dueBy: IsoDate;
  statutory: boolean;
  /** The source: law and/or council decision, as text. */
  basis: string;
  /** The model version it was derived from; null when it comes from the law alone. */
  modelId: string | null;
  modelVersion: number | null;
  /** n of `count` when a rule asks for several meetings in the period. */
  sequence: number;
  count: number;
  /** Whether an account (redegørelse) of the meeting must be published, and how soon. */
  publishAccount: { required: boolean; withinDays: number | null };
}
