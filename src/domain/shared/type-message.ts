/**
 * A schema's own Danish message for a missing or wrong-typed value only. zod lets a message
 * given to the schema (`z.string({ message })`) also answer for its checks, so a too-long title
 * would say "mangler"; with `typeMessage` the checks (length, range, format, whole number) fall
 * through to the Danish error map (app/danish-errors.ts), which names the limit.
 */
import type { z } from 'zod';

export function typeMessage(message: string): { error: z.core.$ZodErrorMap } {
  return {
    error: (issue) =>
      (issue.code === 'invalid_type' && issue.expected !== 'int') || issue.code === 'invalid_value'
        ? message
        : undefined,
  };
}
