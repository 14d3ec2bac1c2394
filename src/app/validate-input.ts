/**
 * Turns a zod schema failure into an AppError with one Danish field error per problem. Loading
 * this module installs the Danish error map (danish-errors.ts) for every zod parse in the
 * process, so the API, the forms and the CLI all give the same messages.
 */
import { z } from 'zod';
import { type FieldError, invalidInput } from './app-error.ts';
import { danishErrorMap } from './danish-errors.ts';
import { unknownKeys } from './unknown-keys.ts';

z.config({ customError: danishErrorMap });

export function fieldErrorsFrom(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(hele input)',
    message: issue.message,
  }));
}

export interface ParseOptions {
  /**
   * Refuse keys the schema does not know (the JSON API). Forms and the CLI leave it off: a form
   * posts fields of its own (`_csrf`, buttons) through the same use cases.
   */
  strict?: boolean;
  /** Further keys the caller already knows to be unknown (e.g. body fields no input reads). */
  unknownFields?: readonly string[];
}

export function unknownFieldErrors(fields: readonly string[]): FieldError[] {
  return fields.map((field) => ({
    field,
    message: 'Ukendt felt. Fjern det, eller ret navnet (se API-beskrivelsen på /api/docs).',
  }));
}

export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): z.output<S> {
  const unknown = [...(options.unknownFields ?? []), ...(options.strict ? unknownKeys(schema, input) : [])];
  if (unknown.length > 0) {
    throw invalidInput(
      `Forespørgslen indeholder ${unknown.length === 1 ? 'et ukendt felt' : 'ukendte felter'}: ${unknown.join(', ')}. Intet er gemt.`,
      unknownFieldErrors(unknown),
    );
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = fieldErrorsFrom(result.error);
  const where = fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ');
  throw invalidInput(`Oplysningerne kan ikke gemmes: ${where}`, fieldErrors);
}
