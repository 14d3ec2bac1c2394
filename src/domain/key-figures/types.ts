/**
 * Key figures (nøgletal) per organisation, department and steering year, as imported from a
 * key figure file or entered by hand. A figure with neither organisation nor department is a
 * national figure (the national median Landsbyggefonden publishes), used for comparison only.
 */
export type KeyFigureSource = 'import' | 'manual' | 'demo';

export interface KeyFigure {
  /** null: a national figure (landsplan). */
  organisationId: string | null;
  /** null: the organisation as a whole. */
  departmentId: string | null;
  steeringYear: number;
  /** A known code (figure-codes.ts) or any other code the file carried, kept as written. */
  code: string;
  value: number;
  unit: string;
  source: KeyFigureSource;
}

/** When a department or organisation is flagged in the briefing: a municipal setting. */
export interface FlagThresholds {
  /** Flag when the efficiency score (effektivitetstal, %) is below this. */
  efficiencyBelow: number;
  /** Flag when vacancy (tomgang, %) is above this. */
  vacancyAbove: number;
}

/**
 * Defaults of the municipal setting (municipality.key_figure_* columns). Neither is a legal limit:
 * 70 % is the level the issue of the Norddjurs organisations' briefing asked for, and 1 % vacancy
 * is a common municipal attention level; each municipality sets its own (`styringsdialog key-figure-thresholds`).
 */
export const DEFAULT_THRESHOLDS: FlagThresholds = { efficiencyBelow: 70, vacancyAbove: 1 };
