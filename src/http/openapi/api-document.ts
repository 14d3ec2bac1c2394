/**
 * The OpenAPI 3.1 document at /api/openapi.json, built from the route table: each API route
 * declares an `ApiOperation` (use-case-route.ts does it for every use-case route) in its Fastify
 * `config`, and this module turns it into the operation — request body and responses as named
 * components from the same zod schemas the route validates and serialises with
 * (schema-components.ts), RFC 9457 problem+json for every error, the security the use case's
 * access policy demands, and the CSV/XLSX variants of a list that can be exported.
 *
 * A new route gets all of it by declaring its schemas in `useCaseRoute`; nothing is listed here.
 */
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { z } from 'zod';
import type { AccessPolicy } from '../../app/actor.ts';
import { EXPORT_MEDIA_TYPES } from '../exports/export-formats.ts';
import { problemSchema } from '../problem.ts';
import { SchemaComponents } from './schema-components.ts';

/** What a route tells the document about itself (Fastify route `config.apiOperation`). */
export interface ApiOperation {
  operationId: string;
  summary: string;
  /** What a client must know beyond the summary, put before the access text. */
  description?: string;
  tags: string[];
  access: AccessPolicy;
  /** A public route that never reads credentials (/healthz). */
  ignoresCredentials?: boolean;
  /** JSON request body, as the use case reads it. */
  body?: z.ZodType;
  /** A raw request body instead of JSON, e.g. `{ mediaType: 'text/csv' }`. */
  rawBody?: { mediaType: string; description: string };
  querystring?: z.ZodType;
  /** Success statuses and their JSON body (or a non-JSON media type with a string body). */
  responses: { status: number; schema: z.ZodType; mediaType?: string }[];
  /** Sends an `ETag` header (optimistic concurrency: send it back as `If-Match`). */
  etag?: boolean;
  /** The list can be downloaded as CSV or XLSX with `?format=`. */
  exportable?: boolean;
}

const TAG_DESCRIPTIONS: Record<string, string> = {
  system: 'Driftstjek',
  registry: 'Kommuner, boligorganisationer, afdelinger, personer, udvalg og valgperioder',
  agreements: 'Aftaler fra styringsdialogen og opfølgningen på dem',
  governance: 'Styringsmodeller, forpligtelser og opfyldelse',
  meetings: 'Dialogmøder: planlægning, indkaldelse, referat, godkendelse og offentliggørelse',
  accounts: 'Offentliggjorte redegørelser',
  'political-cases': 'Politiske sager bag styringsmodellen',
  auth: 'Brugere, roller og API-nøgler',
  audit: 'Revisionsloggen',
};

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const roleWords: Record<string, string> = {
  admin: 'administrator',
  caseOfficer: 'sagsbehandler',
  official: 'embedsmand',
  organisation: 'boligorganisation (kun egne data)',
  councilMember: 'kommunalbestyrelsesmedlem',
  nationalAdmin: 'national administrator (hele installationen)',
};

function accessText(op: ApiOperation): string {
  if ('public' in op.access) return 'Offentlig: kræver ikke login.';
  return `Adgang: ${op.access.roles.map((r) => roleWords[r] ?? r).join(', ')}.`;
}

function securityOf(op: ApiOperation): Record<string, string[]>[] {
  if (op.ignoresCredentials) return [];
  if ('public' in op.access) return [{}, { session: [] }, { bearer: [] }];
  return [{ session: [] }, { bearer: [] }];
}

function inlineJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const { $schema: _s, ...rest } = json as Record<string, unknown>;
  return rest;
}

const problemContent = (ref: { $ref: string }) => ({ 'application/problem+json': { schema: ref } });

export const exportFormatQuery = z.object({
  format: z
    .enum(['json', 'csv', 'xlsx'])
    .optional()
    .meta({
      description:
        'json (standard), csv (semikolonsepareret, UTF-8 med BOM, danske overskrifter og datoer dd-mm-åååå) eller xlsx (regneark med rigtige datoer og tal). Accept-headeren text/csv eller ' +
        `${EXPORT_MEDIA_TYPES.xlsx} gør det samme.`,
    }),
});

/** The @fastify/swagger options: one set per server, because the document is built per server. */
export function apiDocumentOptions(publicUrl: string): FastifyDynamicSwaggerOptions {
  let components = new SchemaComponents();
  /** operationIds given so far in this build; a repeat gets the method appended (validity first). */
  let operationIds = new Set<string>();

  function transform({
    schema,
    url,
    route,
  }: {
    schema: Record<string, unknown>;
    url: string;
    route: { method: string | string[]; config?: { apiOperation?: ApiOperation } };
  }) {
    const op = route.config?.apiOperation;
    if (!op || schema?.hide) return { schema: { hide: true }, url };
    let operationId = op.operationId;
    if (operationIds.has(operationId)) operationId += pascal(String(route.method).toLowerCase());
    operationIds.add(operationId);
    const name = pascal(operationId);
    const problem = components.use(problemSchema, 'output', 'Problem');
    const responses: Record<string, unknown> = {};
    for (const r of op.responses) {
      const json = r.mediaType === undefined || r.mediaType === 'application/json';
      const content: Record<string, unknown> = json
        ? { 'application/json': { schema: components.use(r.schema, 'output', `${name}Response`) } }
        : { [r.mediaType as string]: { schema: inlineJsonSchema(r.schema) } };
      if (op.exportable && r.status === 200) {
        content[EXPORT_MEDIA_TYPES.csv] = { schema: { type: 'string' } };
        content[EXPORT_MEDIA_TYPES.xlsx] = {
          schema: { type: 'string', contentMediaType: EXPORT_MEDIA_TYPES.xlsx },
        };
      }
      responses[r.status] = {
        description: r.status === 201 ? 'Oprettet' : 'OK',
        ...(op.etag
          ? {
              headers: {
                // @fastify/swagger wraps each header's schema itself.
                ETag: {
                  type: 'string',
                  description: 'Versionen, der skal sendes med som If-Match ved en ændring',
                },
              },
            }
          : {}),
        content,
      };
    }
    responses['4XX'] = {
      description: 'Forespørgslen blev afvist (fejl i input, ikke logget ind, ikke fundet, konflikt …)',
      content: problemContent(problem),
    };
    responses['5XX'] = { description: 'Fejl på serveren', content: problemContent(problem) };
    const query = op.exportable
      ? op.querystring
        ? (op.querystring as z.ZodObject).extend(exportFormatQuery.shape)
        : exportFormatQuery
      : op.querystring;
    return {
      url,
      schema: {
        operationId,
        summary: op.summary,
        description: op.description ? `${op.description}\n\n${accessText(op)}` : accessText(op),
        tags: op.tags,
        security: securityOf(op),
        ...(query ? { querystring: inlineJsonSchema(query) } : {}),
        ...(op.body ? { body: components.use(op.body, 'input', `${name}Request`) } : {}),
        ...(op.rawBody
          ? {
              body: {
                description: op.rawBody.description,
                content: { [op.rawBody.mediaType]: { schema: { type: 'string' } } },
              },
            }
          : {}),
        response: responses,
      },
    };
  }

  function transformObject({ openapiObject }: { openapiObject: Record<string, unknown> }) {
    const built = components.components();
    components = new SchemaComponents();
    operationIds = new Set();
    const paths = built.fixRefs(
      openapiObject.paths as Record<string, Record<string, Record<string, unknown>>>,
    );
    // Fastify-swagger's response objects may carry a request body's `required`; operations are final here.
    const tags = new Set<string>();
    for (const ops of Object.values(paths)) {
      for (const op of Object.values(ops))
        for (const t of (op.tags as string[] | undefined) ?? []) tags.add(t);
    }
    return {
      ...openapiObject,
      servers: [{ url: publicUrl, description: 'Denne installation' }],
      tags: [...tags].sort().map((t) => ({ name: t, description: TAG_DESCRIPTIONS[t] ?? t })),
      paths,
      components: {
        ...(openapiObject.components as Record<string, unknown>),
        schemas: built.schemas,
      },
    };
  }

  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Styringsdialog API',
        version: '1',
        description:
          'API for styringsdialogen mellem kommunen og de almene boligorganisationer (almenboligloven § 164). ' +
          'Fejl besvares som RFC 9457 problem+json. Log ind med en session-cookie (sd_session; ændringer kræver ' +
          'også CSRF-headeren x-csrf-token) eller en API-nøgle som Bearer-token.',
        license: { name: 'Proprietær', identifier: 'LicenseRef-Proprietary' },
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'En API-nøgle oprettet på /min-profil eller med `styringsdialog tokens`.',
          },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'sd_session',
            description: 'Sessionen fra login i browseren. Ændringer kræver også CSRF-headeren.',
          },
        },
      },
    },
    transform: transform as unknown as FastifyDynamicSwaggerOptions['transform'],
    transformObject: transformObject as unknown as FastifyDynamicSwaggerOptions['transformObject'],
  };
}
