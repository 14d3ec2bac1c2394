/**
 * The port of stored compliance (issue 18): per municipality the version of what compliance is
 * computed from (bumped by database triggers on every change of facts, model versions and
 * organisations), the version the stored rows were computed at, and the rows themselves.
 */
import type { ObligationAssessment } from '../../domain/compliance/types.ts';
import type { Obligation } from '../../domain/obligations/types.ts';

export interface ComplianceContent {
  municipality: string;
  /** Every change of what the Overblik shows (compliance inputs, agreements, the municipality). */
  version: number;
  /** Every change of what compliance is computed from. */
  complianceVersion: number;
  /** The complianceVersion the stored rows were computed at; stale when different. */
  computedVersion: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Model versions or organisations changed: which obligations exist may have changed. */
  structureChanged: boolean;
}

/** One obligation of one calendar year, assessed for the days [validFrom, validTo). */
export interface StoredComplianceRow {
  year: number;
  obligationId: string;
  validFrom: string;
  validTo: string;
  /** The obligation's place in deriveObligations' order for the year. */
  position: number;
  obligation: Obligation;
  assessment: ObligationAssessment;
}

export interface ComplianceStateStore {
  content(municipality: string): Promise<ComplianceContent | null>;
  /** Locks the municipality's content row for this transaction and returns it. */
  lockForCompute(municipality: string): Promise<ComplianceContent>;
  /** Obligations whose facts changed since the last computation. */
  dirtyObligations(municipality: string): Promise<string[]>;
  /** Every stored row (all spans, all years) of these obligations. */
  rowsOf(municipality: string, obligationIds: readonly string[]): Promise<StoredComplianceRow[]>;
  /** Replaces every row of these obligations and marks the municipality computed. */
  replaceObligations(
    municipality: string,
    change: {
      obligationIds: readonly string[];
      insert: (StoredComplianceRow & { fingerprint: string })[];
      computedVersion: number;
    },
  ): Promise<void>;
  /**
   * Municipalities whose stored rows are older than their inputs (or were never computed); with
   * `touchedByThisTransaction` only those whose inputs the current transaction changed.
   */
  staleMunicipalities(options?: { touchedByThisTransaction?: boolean }): Promise<string[]>;
  /** Every stored row's key (`year|obligationId|validFrom`) and fingerprint. */
  fingerprints(municipality: string): Promise<Map<string, string>>;
  /**
   * Deletes `remove`, inserts `insert` and marks the municipality computed at `computedVersion`
   * (its structure and every obligation current).
   */
  apply(
    municipality: string,
    change: {
      remove: string[];
      insert: (StoredComplianceRow & { fingerprint: string })[];
      computedVersion: number;
      firstYear: number;
      lastYear: number;
    },
  ): Promise<void>;
  /** The rows valid on `today` for the years, ordered by year and position. */
  rowsOn(municipality: string, years: readonly number[], today: string): Promise<StoredComplianceRow[]>;
  /** Every stored row of the municipality (for the check command). */
  allRows(municipality: string): Promise<StoredComplianceRow[]>;
  /** Forgets a municipality that no longer exists. */
  forget(municipality: string): Promise<void>;
}

export const rowKey = (r: { year: number; obligationId: string; validFrom: string }) =>
  `${r.year}|${r.obligationId}|${r.validFrom}`;
