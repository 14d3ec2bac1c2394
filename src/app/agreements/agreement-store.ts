/**
 * The agreements port: what agreement use cases load and save. Implemented in db/agreements/.
 * Agreements come with their whole status history (oldest first).
 */
import type { StatusCount } from '../../domain/agreements/follow-up.ts';
import type {
  Agreement,
  AgreementStatus,
  ObjectiveArea,
  ProgressProposal,
  ProposalState,
  StatusChange,
} from '../../domain/agreements/types.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';

export interface AgreementFilter {
  /** Only these organisations (an organisation user's scope); undefined for all. */
  organisationIds?: readonly string[];
}

/** The agreements list's filters (issue 18: filtered in SQL, so a page reads only its rows). */
export interface AgreementQuery extends AgreementFilter {
  organisationId?: string;
  status?: AgreementStatus;
  objectiveArea?: ObjectiveArea;
  steeringYear?: number;
  /** Only agreements with one of `statuses` and a deadline before `today` (overdue ones). */
  pastDeadline?: { statuses: readonly AgreementStatus[]; today: IsoDate };
}

/**
 * Where an agreement stands in the list's order — newest steering year first, then newest
 * agreement date, then id (all descending): numbers and dates only, so both databases order
 * alike (neither collation sorts Danish text). The API's keyset cursor.
 */
export interface AgreementKey {
  steeringYear: number;
  agreedOn: IsoDate;
  id: string;
}

export interface StoredAgreement extends Agreement {
  /** Optimistic lock for edits: an edit names the version it saw. */
  version: number;
}

/** An agreement's current state without its history or details: what summaries and reminders read. */
export type AgreementState = Pick<
  Agreement,
  'id' | 'organisationId' | 'steeringYear' | 'text' | 'deadline' | 'status'
>;

export interface AgreementStore {
  /** The municipality's agreements, oldest steering year first. */
  listAgreements(municipality: string, filter?: AgreementFilter): Promise<StoredAgreement[]>;
  /**
   * The same agreements in the same order, only their current state: one narrow statement, for
   * readers that need only the status (the Overblik's summary, reminders).
   */
  listAgreementStates(municipality: string, filter?: AgreementFilter): Promise<AgreementState[]>;
  /**
   * The agreements matching `query` in the list's order (AgreementKey), with their histories:
   * `limit` rows after `offset` rows or after the agreement `after`; without `limit`, all.
   */
  pageAgreements(
    municipality: string,
    query: AgreementQuery,
    page: { limit?: number; offset?: number; after?: AgreementKey },
  ): Promise<StoredAgreement[]>;
  /**
   * Per status and objective area: how many agreements match `query`, and how many of them have
   * a deadline before `today` (one grouped statement).
   */
  countAgreements(
    municipality: string,
    query: AgreementQuery,
    today: IsoDate,
  ): Promise<(StatusCount & { objectiveArea: ObjectiveArea })[]>;
  getAgreement(municipality: string, id: string): Promise<StoredAgreement | null>;
  /** Inserts the agreement with its whole history. */
  insertAgreement(municipality: string, agreement: Agreement): Promise<void>;
  /** Inserts many agreements with their histories in batched statements (a bulk load), in order. */
  insertAgreements(municipality: string, agreements: readonly Agreement[]): Promise<void>;
  /**
   * Saves the agreement's fields (not its history) when `expectedVersion` matches and bumps the
   * version; false for a stale write.
   */
  updateAgreement(municipality: string, agreement: Agreement, expectedVersion: number): Promise<boolean>;
  /**
   * Appends one history entry and sets the current status, when `expectedVersion` matches (a
   * concurrent change loses); false for a stale write.
   */
  appendStatusChange(
    municipality: string,
    agreementId: string,
    entry: StatusChange,
    expectedVersion: number,
  ): Promise<boolean>;

  listProposals(
    municipality: string,
    filter?: AgreementFilter & { agreementId?: string; state?: ProposalState },
  ): Promise<ProgressProposal[]>;
  getProposal(municipality: string, id: string): Promise<ProgressProposal | null>;
  insertProposal(proposal: ProgressProposal): Promise<void>;
  /** Records the decision on a pending proposal; false when it is no longer pending. */
  decideProposal(
    proposal: Pick<
      ProgressProposal,
      'id' | 'state' | 'decidedOn' | 'decidedBy' | 'decidedByName' | 'decisionNote'
    >,
  ): Promise<boolean>;
}
