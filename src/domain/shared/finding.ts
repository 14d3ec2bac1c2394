/**
 * Rule outcomes as data. A failed check is a normal result, never an exception:
 * compliance checks, validations and importers all return findings.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable machine code, e.g. `legalFloor.missingDialogueMeeting`. */
  code: string;
  severity: Severity;
  /** Danish, safe to show to a user. */
  message: string;
  /** Where: a field path, `line 4, column cvr`, an obligation id … */
  ref?: string;
}
