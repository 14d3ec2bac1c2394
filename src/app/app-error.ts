/**
 * Expected failures of a use case: one error type with a stable code, a safe Danish title and
 * detail, and optional field errors. No HTTP status here: the edges (http/problem.ts,
 * cli/exit-codes.ts) map codes to statuses and exit codes from one table each.
 */
export type AppErrorCode =
  | 'invalidInput'
  | 'ruleViolation'
  | 'notFound'
  | 'conflict'
  | 'invalidTransition'
  | 'preconditionFailed'
  | 'unauthenticated'
  | 'forbidden'
  | 'tooManyRequests'
  | 'databaseLocked'
  | 'payloadTooLarge';

import type { FieldError } from '../domain/shared/field-error.ts';

export type { FieldError };

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly title: string,
    readonly detail: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(`${code}: ${detail}`);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('notFound', 'Ikke fundet', `${what} findes ikke, eller du har ikke adgang til det.`);
}

export function invalidInput(detail: string, fieldErrors: FieldError[]): AppError {
  return new AppError('invalidInput', 'Ugyldige oplysninger', detail, fieldErrors);
}
