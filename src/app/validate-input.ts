/**
 * Turns a zod schema failure into an AppError with one Danish field error per problem. Loading
 * this module installs the Danish error map (danish-errors.ts) for every zod parse in the
 * process, so the API, the forms and the CLI all give the same messages.
 */
import { z } from 'zod';
import { type FieldError, invalidInput } from './app-error.ts';
import { danishErrorMap } from './danish-errors.ts';

z.config({ customError: danishErrorMap });

export function fieldErrorsFrom(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(hele input)',
    message: issue.message,
  }));
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = fieldErrorsFrom(result.error);
  const where = fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ');
  throw invalidInput(`Oplysningerne kan ikke gemmes: ${where}`, fieldErrors);
}
