/**
 * The key figures port: figures per municipality and steering year, and the municipality's flag
 * thresholds. Implemented in db/key-figures/.
 */
import type { FlagThresholds, KeyFigure } from '../../domain/key-figures/types.ts';

export interface KeyFigureFilter {
  /** Only these organisations' figures (an organisation user's scope); national figures too. */
  organisationIds?: readonly string[];
  years?: readonly number[];
}

export interface KeyFigureStore {
  /** Ordered by year, organisation, department, code. */
  list(municipality: string, filter?: KeyFigureFilter): Promise<KeyFigure[]>;
  /** Deletes every figure of `years` in the municipality, then inserts `figures`. */
  replaceYears(
    municipality: string,
    years: readonly number[],
    figures: readonly KeyFigure[],
  ): Promise<number>;
  /** Inserts or replaces one figure (same organisation, department, year and code). */
  upsert(municipality: string, figure: KeyFigure): Promise<KeyFigure | null>;
  thresholds(municipality: string): Promise<FlagThresholds | null>;
  saveThresholds(municipality: string, thresholds: FlagThresholds): Promise<void>;
}
