/**
 * The remembered corrections port: per municipality, the rules its users taught the agenda
 * importer by correcting the preview (importer/agenda/remembered/). Implemented in
 * db/political-cases/import-correction-store.ts.
 */
import type { LayoutProfileId } from '../../importer/agenda/page-text/layout-profiles.ts';
import type { RememberedCorrection } from '../../importer/agenda/remembered/remembered-correction.ts';

/** The rule as the importer reads it (re-exported: db/ implements this port and knows no importer). */
export type { LayoutProfileId, RememberedCorrection };

/** The layout profile a municipality pinned for its agenda items (none: detected per page). */
export interface PinnedLayoutProfile {
  municipality: string;
  layoutProfile: LayoutProfileId;
  pinnedAt: string;
  /** Actor label (`user:<id>`). */
  pinnedBy: string;
}

export interface StoredImportCorrection {
  id: string;
  municipality: string;
  rule: RememberedCorrection;
  /** What the user corrected, e.g. `Sagsnummer: "24/1234"` (shown on the settings list). */
  example: string;
  createdAt: string;
  /** Actor label (`user:<id>`). */
  createdBy: string;
}

export interface ImportCorrectionStore {
  /** The municipality's rules, oldest first. */
  listCorrections(municipality: string): Promise<StoredImportCorrection[]>;
  getCorrection(id: string): Promise<StoredImportCorrection | null>;
  /** False when the municipality already remembers a rule of that kind and text (any case). */
  addCorrection(c: Omit<StoredImportCorrection, 'createdAt'>): Promise<boolean>;
  /** False when it was not there. */
  removeCorrection(id: string): Promise<boolean>;
  getPinnedProfile(municipality: string): Promise<PinnedLayoutProfile | null>;
  /** Pins (replacing an earlier pin) or, with null, clears; returns what was pinned before. */
  setPinnedProfile(
    municipality: string,
    layoutProfile: LayoutProfileId | null,
    pinnedBy: string,
  ): Promise<PinnedLayoutProfile | null>;
}
