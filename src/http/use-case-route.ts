/**
 * Declares one JSON API route backed by a use case: validate → authorise → use case → present.
 * The response schema doubles as a whitelist: only its fields leave the server.
 *
 * Input is validated by the use case's own schema, strictly: a key that schema does not know is
 * refused with a 400 naming it, and so is a body field the route's `input` mapping never reads
 * (it would be dropped). The `body`/`querystring` schemas here only document the API.
 */

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AccessPolicy } from '../app/actor.ts';
import { invalidInput } from '../app/app-error.ts';
import { PUBLIC_ACTOR } from '../app/auth/sessions.ts';
import { boundedReadModelCache } from '../app/read-cache/read-model-cache.ts';
import { runUseCase } from '../app/run-use-case.ts';
import type { KnownReads, UseCase, UseCaseContext } from '../app/use-case.ts';
import type { ExportTable } from '../domain/shared/export-table.ts';
import {
  API_MAX_PAGE_SIZE,
  API_PAGE_SIZE,
  type CursorPosition,
  decodeCursor,
  encodeCursor,
  nextOffset,
  type Paging,
} from '../domain/shared/paging.ts';
import { type ExportFormat, requestedExportFormat } from './exports/export-formats.ts';
import { sendExport } from './exports/send-export.ts';
import { ifNoneMatch } from './if-none-match.ts';
import type { ApiOperation } from './openapi/api-document.ts';
import { problemSchema } from './problem.ts';
import { contextFor, type HttpDeps } from './request-context.ts';

export interface UseCaseRoute<S extends z.ZodType, O, R extends z.ZodType> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  tags: string[];
  useCase: UseCase<S, O>;
  /** Collects the use case's raw input from params, query and body. */
  input(request: FastifyRequest): unknown;
  /**
   * The request body as the use case reads it (defaults to none): take it from the use case's own
   * input schema (e.g. `meetingInput.shape.meeting`) so the document says what is validated.
   * It becomes a named component of the OpenAPI document.
   */
  body?: z.ZodType;
  /** A body that is not JSON (read as bytes), e.g. a CSV file. */
  rawBody?: { mediaType: string; description: string };
  /** The OpenAPI operationId; defaults to the use case's name (give one when two routes share a use case). */
  operationId?: string;
  querystring?: z.ZodType;
  response: R;
  present(output: O): z.input<R>;
  successStatus?: 200 | 201;
  /** When the status depends on the outcome (e.g. 200 for a repeat of an idempotent create). */
  statusOf?(output: O): 200 | 201;
  /** Response headers from the output, e.g. an ETag for optimistic concurrency. */
  headers?(output: O): Record<string, string>;
  /**
   * For a public use case that never looks at who asks (/healthz): the request runs as the
   * public without reading its session or token, so it costs no authentication query.
   */
  ignoresCredentials?: true;
  /**
   * The list as an export table (domain/shared/export-table.ts): the route then also answers
   * `?format=csv|xlsx` (or an Accept header naming text/csv or the XLSX type) with the file,
   * built from the same use case output as the JSON — so the same access rules apply.
   */
  export?(output: O): ExportTable;
  /**
   * For a GET whose answer has a cheap version: the ETag (null: none). A request whose
   * If-None-Match names it gets 304 without the use case running (issue 18). `known`: what
   * reading the version found, handed to the use case (UseCaseContext.known) so that it does
   * not read it again.
   */
  etag?(ctx: UseCaseContext, request: FastifyRequest): Promise<{ etag: string | null; known?: KnownReads }>;
  /**
   * With `etag`: the answer under one ETag is the same for every viewer the ETag is given to
   * (the ETag names all it depends on, and `etag` returns null to anyone the use case would
   * refuse). The route then keeps the last few serialized answers per ETag (a bounded memo per
   * server instance) and sends them without running the use case again (issue 18). Exports are
   * not kept.
   */
  sharedBody?: true;
  /**
   * A list that grows with the country (issue 18): the query takes `limit` and `cursor`, the
   * answer carries `next` (the URL of the next page, or null). `offset`: the use case takes
   * `offset`/`limit` and returns `paging`; `before`: it takes `before`/`limit` and returns
   * `nextBefore` (the audit log); `after`: it takes `after`/`limit` (a keyset: the last row's
   * key in the list's order) and returns `nextAfter` (the agreements). An export (`?format=`) is
   * never paged.
   */
  paged?: PagingMode;
  /** The OpenAPI operation's description (before the access text). */
  description?: string;
}

/** Every API route registered so far, for the access matrix test and docs. */
export interface RegisteredApiRoute {
  method: string;
  url: string;
  useCase: string;
  access: AccessPolicy;
}

export const registeredApiRoutes: RegisteredApiRoute[] = [];

export function useCaseRoute<S extends z.ZodType, O, R extends z.ZodType>(
  app: FastifyInstance,
  deps: HttpDeps,
  route: UseCaseRoute<S, O, R>,
): void {
  registeredApiRoutes.push({
    method: route.method,
    url: route.url,
    useCase: route.useCase.name,
    access: route.useCase.access,
  });
  if (route.ignoresCredentials && !('public' in route.useCase.access)) {
    throw new Error(`${route.useCase.name}: only a public use case may ignore credentials`);
  }
  const response = route.paged
    ? (route.response as unknown as z.ZodObject).extend({
        next: z
          .string()
          .nullable()
          .meta({ description: 'URL of the next page (same filters and limit), null on the last page' }),
      })
    : route.response;
  const querystring = route.paged
    ? ((route.querystring as z.ZodObject | undefined) ?? z.object({})).extend(pagedQuery)
    : route.querystring;
  const status = route.successStatus ?? 200;
  const statuses: number[] = route.statusOf ? [200, 201] : [status];
  const apiOperation: ApiOperation = {
    operationId: route.operationId ?? route.useCase.name,
    summary: route.useCase.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    access: route.useCase.access,
    ...(route.ignoresCredentials ? { ignoresCredentials: true } : {}),
    ...(route.body ? { body: route.body } : {}),
    ...(route.rawBody ? { rawBody: route.rawBody } : {}),
    ...(querystring ? { querystring } : {}),
    responses: statuses.map((s) => ({ status: s, schema: response })),
    ...(route.headers ? { etag: true } : {}),
    ...(route.export ? { exportable: true } : {}),
  };
  const bodies = route.sharedBody && route.etag ? boundedReadModelCache(SHARED_BODIES) : null;
  app.route({
    method: route.method,
    url: route.url,
    config: { apiOperation },
    schema: {
      tags: route.tags,
      summary: route.useCase.summary,
      ...(route.body ? { body: route.body } : {}),
      ...(querystring ? { querystring } : {}),
      response: {
        ...(route.statusOf ? { 200: response, 201: response } : { [status]: response }),
        '4xx': problemSchema,
      },
    },
    async handler(request, reply) {
      const format = route.export ? exportFormatOf(request) : null;
      const ctx = await contextFor(deps, request, route.ignoresCredentials ? PUBLIC_ACTOR : undefined);
      const version = route.etag ? await route.etag(ctx, request) : null;
      const etag = version?.etag ?? null;
      if (etag) {
        reply.header('etag', etag);
        if (ifNoneMatch(request.headers['if-none-match'], etag)) return reply.status(304).send();
      }
      const kept = bodies && etag && !format ? bodies.get<Buffer>(etag, etag) : undefined;
      if (kept !== undefined) return reply.status(status).type(JSON_TYPE).send(kept);
      const { input, unreadBodyFields } = collectInput(route, request);
      const page = route.paged && !format ? requestedApiPage(request, route.paged) : null;
      const output = await runUseCase(
        route.useCase,
        version?.known ? { ...ctx, known: version.known } : ctx,
        page && isPlainObject(input) ? { ...input, ...page } : input,
        { strict: true, unknownFields: unreadBodyFields },
      );
      if (format && route.export) return sendExport(reply, route.export(output), format);
      if (route.headers) reply.headers(route.headers(output));
      const body = route.present(output) as Record<string, unknown>;
      if (route.paged) body.next = nextPageUrl(request, route.paged, output);
      const answered = route.statusOf?.(output) ?? status;
      if (bodies && etag && !format && answered === status) {
        // The route's own response serializer (schema checked) for this status, once per ETag;
        // kept as the UTF-8 bytes sent, so a repeat is neither measured nor encoded again.
        const serialized = Buffer.from(reply.status(answered).serialize(body) as string, 'utf8');
        bodies.set(etag, etag, serialized);
        return reply.type(JSON_TYPE).send(serialized);
      }
      return reply.status(answered).send(body as never);
    },
  });
}

type PagingMode = 'offset' | 'before' | 'after';

/** Serialized answers kept per route with `sharedBody` (a municipality × year each). */
const SHARED_BODIES = 16;
const JSON_TYPE = 'application/json; charset=utf-8';

export const emptyObject = z.object({});

const pagedQuery = {
  limit: z
    .string()
    .optional()
    .meta({ description: `Rows per page, 1–${API_MAX_PAGE_SIZE} (default ${API_PAGE_SIZE})` }),
  cursor: z
    .string()
    .optional()
    .meta({ description: "Where the page starts: the `cursor` of the previous answer's `next`" }),
};

/** The page an API request asks for, as the use case's paging fields. */
function requestedApiPage(request: FastifyRequest, mode: PagingMode): Record<string, unknown> {
  const { cursor, limit } = (request.query ?? {}) as Record<string, unknown>;
  const position = typeof cursor === 'string' && cursor !== '' ? decodeCursor(cursor) : undefined;
  if (position === null || (position && !(mode in position))) {
    throw invalidInput('Sidemarkøren er ugyldig.', [
      { field: 'cursor', message: 'Brug værdien fra forrige svars "next"' },
    ]);
  }
  // The audit log keeps its own default page (listAuditEntries); the other lists the API's.
  const out: Record<string, unknown> =
    limit !== undefined || mode !== 'before' ? { limit: limit ?? API_PAGE_SIZE } : {};
  if (position) Object.assign(out, position);
  return out;
}

/** The next page's URL: the request's own path and query with the next cursor, or null. */
function nextPageUrl(request: FastifyRequest, mode: PagingMode, output: unknown): string | null {
  let position: CursorPosition | null = null;
  if (mode === 'offset') {
    const paging = (output as { paging?: Paging | null }).paging;
    const next = paging ? nextOffset(paging) : null;
    if (next !== null) position = { offset: next };
  } else if (mode === 'before') {
    const before = (output as { nextBefore?: number | null }).nextBefore;
    if (before) position = { before };
  } else {
    const after = (output as { nextAfter?: string | null }).nextAfter;
    if (after) position = { after };
  }
  if (!position) return null;
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.set('cursor', encodeCursor(position));
  return `${url.pathname}${url.search}`;
}

/** The export format asked for; `format` is taken out of the query so the use case never sees it. */
function exportFormatOf(request: FastifyRequest): ExportFormat | null {
  const { format, ...rest } = (request.query ?? {}) as Record<string, unknown>;
  request.query = rest;
  const wanted = requestedExportFormat(format, request.headers.accept);
  if (wanted === 'invalid') {
    throw invalidInput('Formatet findes ikke.', [{ field: 'format', message: 'Vælg json, csv eller xlsx' }]);
  }
  return wanted;
}

/**
 * The part of a use case's input schema a route's JSON body carries, e.g.
 * `inputPart(createMeeting, 'meeting')`: the document then shows exactly what is validated.
 */
export function inputPart<S extends z.ZodType>(useCase: UseCase<S, unknown>, key: string): z.ZodType {
  const part = (useCase.input as unknown as { shape?: Record<string, z.ZodType> }).shape?.[key];
  if (!part) throw new Error(`${useCase.name}: its input has no field ${key}`);
  return part;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

function contains(haystack: unknown, needle: object, depth = 0): boolean {
  if (haystack === needle) return true;
  if (depth > 3 || typeof haystack !== 'object' || haystack === null) return false;
  return Object.values(haystack).some((v) => contains(v, needle, depth + 1));
}

/**
 * Runs the route's input mapping over a body that records which top-level fields it reads. A body
 * passed on whole is checked by the use case's schema; otherwise an unread field is unknown.
 */
function collectInput(
  route: { input(request: FastifyRequest): unknown },
  request: FastifyRequest,
): { input: unknown; unreadBodyFields: string[] } {
  const body = request.body;
  if (!isPlainObject(body)) return { input: route.input(request), unreadBodyFields: [] };
  const read = new Set<string>();
  const tracked = new Proxy(body, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  request.body = tracked;
  try {
    const input = route.input(request);
    if (contains(input, tracked)) return { input, unreadBodyFields: [] };
    return { input, unreadBodyFields: Object.keys(body).filter((k) => !read.has(k)) };
  } finally {
    request.body = body;
  }
}
