/**
 * Validation outcomes for registry input (API bodies, web forms, CSV rows): either the clean
 * value or a list of field errors with Danish messages. Never throws on bad input.
 */
import type { z } from 'zod';

import type { FieldError } from '../shared/field-error.ts';

export type { FieldError };

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Flattens zod issues into field errors, one per issue, in the order zod reports them. */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Runs `schema` on `input` and returns the parsed value or the field errors. */
export function validateWith<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: fieldErrorsFromZod(result.error) };
}
