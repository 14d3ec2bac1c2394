/**
 * RFC 9457 problem details. One table maps the stable AppError codes to HTTP statuses;
 * anything that is not an AppError is a defect: 500 with a generic message and the request id,
 * details only in the log.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, type AppErrorCode, type FieldError } from '../app/app-error.ts';
import { fieldErrorsFrom } from '../app/validate-input.ts';

export const statusByCode: Record<AppErrorCode, number> = {
  invalidInput: 400,
  ruleViolation: 422,
  notFound: 404,
  conflict: 409,
  invalidTransition: 409,
  preconditionFailed: 412,
  unauthenticated: 401,
  forbidden: 403,
  tooManyRequests: 429,
  databaseLocked: 503,
  payloadTooLarge: 413,
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId: string;
  errors?: FieldError[];
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    code: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

/** Normalises anything thrown in a request into an AppError, or null for a defect. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError & { validation?: unknown };
  if (fe && typeof fe === 'object') {
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
      return new AppError(
        'payloadTooLarge',
        'For stor forespørgsel',
        'Forespørgslen er større end det tilladte.',
      );
    }
    if (fe.code === 'FST_ERR_VALIDATION' && error instanceof Error && 'validation' in error) {
      const cause = (error as { validation: unknown }).validation;
      const fieldErrors = Array.isArray(cause)
        ? cause.map(
            (v: { instancePath?: string; message?: string; params?: { issue?: { path?: unknown[] } } }) => ({
              field:
                (v.params?.issue?.path ?? []).join('.') ||
                (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.') ||
                '(hele input)',
              message: v.message ?? 'ugyldig værdi',
            }),
          )
        : [];
      return new AppError(
        'invalidInput',
        'Ugyldige oplysninger',
        'Forespørgslen indeholder ugyldige oplysninger.',
        fieldErrors,
      );
    }
    if (error instanceof z.ZodError) {
      return new AppError(
        'invalidInput',
        'Ugyldige oplysninger',
        'Forespørgslen indeholder ugyldige oplysninger.',
        fieldErrorsFrom(error),
      );
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, empty body …
      const detail =
        fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'Indholdstypen understøttes ikke.'
          : fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
            ? 'Forespørgslen mangler indhold.'
            : 'Forespørgslen kunne ikke læses (ugyldig JSON eller formular).';
      return new AppError('invalidInput', 'Ugyldig forespørgsel', detail);
    }
  }
  return null;
}

export function problemFor(error: AppError | null, request: FastifyRequest): Problem {
  if (!error) {
    return {
      type: 'about:blank',
      title: 'Der opstod en fejl',
      status: 500,
      detail: `Der opstod en uventet fejl. Kontakt support og oplys fejl-id ${request.id}.`,
      code: 'internal',
      requestId: request.id,
    };
  }
  return {
    type: `https://styringsdialog.dk/problemer/${error.code}`,
    title: error.title,
    status: statusByCode[error.code],
    detail: error.detail,
    code: error.code,
    instance: request.url,
    requestId: request.id,
    ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
