/**
 * The governance port: model versions and the facts recorded against obligations.
 */
import type { Fact } from '../../domain/compliance/types.ts';
import type { GovernanceModel } from '../../domain/governance-model/types.ts';

export interface StoredModelVersion {
  model: GovernanceModel;
  reason: string | null;
  createdAt: string;
}

export interface StoredFact extends Fact {
  id: number;
  recordedAt: string;
}

export interface GovernanceStore {
  /** Every version of every model of the municipality, oldest first. */
  listModelVersions(municipality: string): Promise<StoredModelVersion[]>;
  /** Adds a version; false when that (model id, version) already exists (a concurrent edit). */
  insertModelVersion(model: GovernanceModel, reason: string | null): Promise<boolean>;
  /** Ends a version's validity when a newer version takes effect. */
  closeModelVersion(modelId: string, version: number, validTo: string): Promise<void>;
  listFacts(municipality: string): Promise<StoredFact[]>;
  /** The facts of these obligations only (an indexed select). */
  listFactsFor(municipality: string, obligationIds: readonly string[]): Promise<StoredFact[]>;
  /**
   * Records a fact once: the same fact again (obligation, kind, date, reference and note) is
   * not stored twice; the first one comes back with `created: false`.
   */
  insertFact(municipality: string, fact: Fact): Promise<{ fact: StoredFact; created: boolean }>;
  /**
   * Records many facts in batched statements (a bulk load: the bench dataset), in order, with
   * the same "once" rule as insertFact; returns how many were new.
   */
  insertFacts(municipality: string, facts: readonly Fact[]): Promise<number>;
}
