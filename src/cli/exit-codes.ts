/**
 * The CLI's exit codes, from the same stable error codes the HTTP API maps to statuses:
 * 0 ok, 1 defect, 2 usage, 3 invalid input or rule failure, 4 not found, 5 conflict.
 */
import type { AppErrorCode } from '../app/app-error.ts';

export const EXIT = { ok: 0, defect: 1, usage: 2, invalid: 3, notFound: 4, conflict: 5 } as const;

export const exitCodeByErrorCode: Record<AppErrorCode, number> = {
  invalidInput: EXIT.invalid,
  ruleViolation: EXIT.invalid,
  notFound: EXIT.notFound,
  conflict: EXIT.conflict,
  invalidTransition: EXIT.conflict,
  preconditionFailed: EXIT.conflict,
  unauthenticated: EXIT.usage,
  forbidden: EXIT.usage,
  tooManyRequests: EXIT.conflict,
  databaseLocked: EXIT.conflict,
  payloadTooLarge: EXIT.invalid,
};
