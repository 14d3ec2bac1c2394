/**
 * A problem with one field of an input: the shape every layer uses for field-level errors
 * (domain validation, AppError, the web forms).
 */
export interface FieldError {
  /** Where: a field path (`cvr`, `roles.0.to`, `meetingRules.0.cadence`) or `linje 4, kolonne cvr`; empty for the input as a whole. */
  field: string;
  /** Danish, safe to show to a user. */
  message: string;
}
