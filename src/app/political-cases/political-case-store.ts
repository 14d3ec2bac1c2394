/**
 * The political cases port: the municipality's stored agenda items (OParl Paper with its
 * Consultations), where each came from, and the link from a governance model version to the
 * case that adopted it. Implemented in db/political-cases/.
 */
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import type { AgendaFormat, ImportReport } from '../../importer/agenda/import-report.ts';

export interface PoliticalCaseSource {
  /** How the case came in: an agenda file of one of the importer's formats, or the demo dataset. */
  format: AgendaFormat | 'demo';
  fileName: string | null;
  /** The import report of the file the stored text came from. */
  report: ImportReport | null;
}

export interface StoredPoliticalCase {
  id: string;
  municipality: string;
  politicalCase: PoliticalCase;
  source: PoliticalCaseSource;
  /** First import. */
  importedAt: string;
  /** Actor label of who imported it first (`user:<id>`, `system:<name>`). */
  importedBy: string;
  /** Last import (a re-import updates the case). */
  updatedAt: string;
  /** Optimistic lock: a re-import names the version it replaced. */
  version: number;
}

export interface NewPoliticalCase {
  id: string;
  municipality: string;
  politicalCase: PoliticalCase;
  source: PoliticalCaseSource;
  importedBy: string;
}

export interface PoliticalCaseStore {
  /** The municipality's cases, newest import first. */
  listCases(municipality: string): Promise<StoredPoliticalCase[]>;
  /** One case by id, whatever its municipality (the use case checks the scope). */
  getCase(id: string): Promise<StoredPoliticalCase | null>;
  /** False when the municipality already has a case with that case number (a concurrent import). */
  insertCase(c: NewPoliticalCase): Promise<boolean>;
  /** Replaces text and source when `expectedVersion` matches and bumps the version; false when stale. */
  updateCase(
    id: string,
    politicalCase: PoliticalCase,
    source: PoliticalCaseSource,
    expectedVersion: number,
  ): Promise<boolean>;
  /**
   * Sets (or clears, with null) `legalBasis.politicalCaseId` of one stored governance model
   * version of the municipality. The only change to a stored version besides closing it: the
   * case is the version's legal basis, known only once the case is imported. False when the
   * version does not exist.
   */
  setModelPoliticalCase(
    municipality: string,
    modelId: string,
    version: number,
    politicalCaseId: string | null,
  ): Promise<boolean>;
}
