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

/**
 * The status of one of Fastify's own client errors when it is more precise than the AppError
 * code's (415 unsupported media type, 413, …), else undefined.
 */
export function statusOfClientError(error: unknown): number | undefined {
  if (error instanceof AppError) return undefined;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

export function problemFor(error: AppError | null, request: FastifyRequest, status?: number): Problem {
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
    status: status ?? statusByCode[error.code],
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

/** Fastify's errors before routing: a URL it cannot decode (400), a path parameter too long (414). */
export function frameworkProblem(error: { code?: string }, requestId: string): Problem {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return {
      type: 'https://styringsdialog.dk/problemer/uriTooLong',
      title: 'For lang adresse',
      status: 414,
      detail: 'En del af adressen er længere end tilladt.',
      code: 'uriTooLong',
      requestId,
    };
  }
  return {
    type: 'https://styringsdialog.dk/problemer/invalidInput',
    title: 'Ugyldig adresse',
    status: 400,
    detail: 'Adressen kunne ikke læses (ugyldig procent-kodning).',
    code: 'invalidInput',
    requestId,
  };
}

/** What Node's HTTP parser could not read: headers too large (431), a timeout (408), else 400. */
export function clientErrorProblem(error: { code?: string }, requestId: string): Problem {
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const detail =
    status === 431
      ? 'Forespørgslens headere er større end tilladt.'
      : status === 408
        ? 'Forespørgslen blev ikke modtaget i tide.'
        : 'Forespørgslen kunne ikke læses.';
  return {
    type: 'https://styringsdialog.dk/problemer/invalidInput',
    title: 'Ugyldig forespørgsel',
    status,
    detail,
    code: status === 400 ? 'invalidInput' : status === 431 ? 'headersTooLarge' : 'requestTimeout',
    requestId,
  };
}

/** A whole HTTP/1.1 response with a problem body, for a socket Fastify never turned into a request. */
export function rawProblemResponse(problem: Problem): string {
  const body = JSON.stringify(problem);
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
  return [
    `HTTP/1.1 ${problem.status} ${reason[problem.status as keyof typeof reason] ?? 'Bad Request'}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
