/**
 * Facts (what happened, recorded by users against an obligation id) and the assessment of each
 * obligation against them.
 */
import type { Finding } from '../shared/finding.ts';
import type { IsoDate } from '../shared/iso-date.ts';

export type FactKind = 'meetingHeld' | 'accountPublished' | 'packageReceived' | 'notApplicable';

export interface Fact {
  obligationId: string;
  kind: FactKind;
  /** When it happened (meeting date, publication date, receipt date, decision date). */
  date: IsoDate;
  /** e.g. the meeting id, the URL of the published account, the portal reference. */
  ref: string | null;
  note: string | null;
}

/**
 * met: done (for a meeting whose account must be published: held AND published).
 * due: not done, still possible on time — or held with the account not yet due.
 * overdue: past the deadline but still doable: a meeting/package after dueBy within its period,
 *   or an account not published by its deadline (it stays overdue until published).
 * missed: the period is over and the meeting was not held / the package not received.
 * notApplicable: a user recorded that it does not apply (with a note saying why).
 */
export type ComplianceStatus = 'met' | 'due' | 'overdue' | 'missed' | 'notApplicable';

export interface Evidence {
  kind: FactKind;
  ref: string | null;
  date: IsoDate;
}

export interface AccountAssessment {
  /** Last day to publish the account on time. */
  dueBy: IsoDate;
  publishedOn: IsoDate | null;
  late: boolean;
}

export interface ObligationAssessment {
  obligationId: string;
  status: ComplianceStatus;
  evidence: Evidence[];
  findings: Finding[];
  /** When the meeting was held / the package received; null when not (yet). */
  completedOn: IsoDate | null;
  /** True when completed after the obligation's dueBy. */
  completedLate: boolean;
  /** Set when an account must be published and the meeting has been held. */
  account: AccountAssessment | null;
}
