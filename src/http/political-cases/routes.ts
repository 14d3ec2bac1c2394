/**
 * /api/v1/municipalities/:municipality/political-cases: list, get, the Markdown export, the
 * agenda import (preview, then save), the link to a governance model version, and the draft
 * orientation item for the council.
 *
 * An agenda file is sent as the raw body (`text/markdown`, `text/plain` for PDF text,
 * `application/pdf` or `application/octet-stream`) with `?fileName=`, or as JSON
 * `{ fileName, contentBase64 }`; the JSON save also takes `corrections`, the same corrections the
 * web preview posts (importAgenda applies them all or nothing). The server's body limit applies.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidInput } from '../../app/app-error.ts';
import { politicalCasesTable } from '../../app/exports/list-exports.ts';
import { draftOrientationAgendaItem } from '../../app/political-cases/draft-orientation-agenda-item.ts';
import { exportPoliticalCaseMarkdown } from '../../app/political-cases/export-political-case-markdown.ts';
import { getPoliticalCase } from '../../app/political-cases/get-political-case.ts';
import { importAgenda } from '../../app/political-cases/import-agenda.ts';
import { linkCaseToModel } from '../../app/political-cases/link-case-to-model.ts';
import { listPoliticalCases } from '../../app/political-cases/list-political-cases.ts';
import { politicalCaseView, storedPoliticalCaseView } from '../../app/political-cases/political-case-view.ts';
import { previewAgendaImport } from '../../app/political-cases/preview-agenda-import.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { ApiOperation } from '../openapi/api-document.ts';
import { contextFor, type HttpDeps } from '../request-context.ts';
import { registeredApiRoutes, useCaseRoute } from '../use-case-route.ts';
import { registerAgendaImportProfileApi } from './agenda-import-profile-routes.ts';
import {
  importReportResponse,
  politicalCaseResponse,
  presentCase,
  presentReport,
  presentStoredCase,
  storedPoliticalCaseResponse,
} from './presenters.ts';

const params = (r: FastifyRequest) => r.params as Record<string, string>;
const query = (r: FastifyRequest) => (r.query ?? {}) as Record<string, unknown>;
const base = '/api/v1/municipalities/:municipality/political-cases';
const tags = ['political-cases'];

/** Raw agenda files: the body is kept as bytes (a PDF is binary; text is decoded by the importer). */
const FILE_TYPES = ['text/markdown', 'text/plain', 'application/pdf', 'application/octet-stream'];

/** The uploaded file from a raw body or a JSON body, as the use cases' `files` input. */
export function agendaFileFrom(request: FastifyRequest): { fileName: string | null; content: Uint8Array }[] {
  const fileName = typeof query(request).fileName === 'string' ? (query(request).fileName as string) : null;
  const body = request.body;
  if (Buffer.isBuffer(body)) return [{ fileName, content: new Uint8Array(body) }];
  if (body && typeof body === 'object') {
    const json = body as Record<string, unknown>;
    if (typeof json.contentBase64 === 'string') {
      return [
        {
          fileName: typeof json.fileName === 'string' ? json.fileName : fileName,
          content: new Uint8Array(Buffer.from(json.contentBase64, 'base64')),
        },
      ];
    }
  }
  throw invalidInput('Dagsordenspunktet mangler.', [
    {
      field: 'file',
      message:
        'Send filen som indhold (text/markdown, text/plain eller application/pdf) eller som JSON med contentBase64',
    },
  ]);
}

const fileBody = z.object({ fileName: z.string().optional(), contentBase64: z.string() }).meta({
  description: 'Or the file itself as text/markdown, text/plain or application/pdf with ?fileName=',
});

/** One case's correctable fields as text, the shape the preview returns and the save takes. */
const decisionCorrection = z.object({
  body: z.string(),
  date: z.string().meta({ description: 'dd-mm-åååå or ISO; empty: no date' }),
  text: z.string(),
  absences: z
    .string()
    .meta({ description: 'One person a line: "Afbud: Navn (Parti)" or "Fraværende: Navn (Parti)"' }),
});
const caseCorrection = z
  .object({
    title: z.string(),
    caseNumber: z.string(),
    route: z.string(),
    recommendationPoints: z.string(),
    decisions: z.array(decisionCorrection),
  })
  .meta({ id: 'AgendaCaseCorrection' });

/** The save: the file as JSON plus the user's corrections (as the web form posts them). */
const saveBody = fileBody
  .extend({
    corrections: z
      .array(
        caseCorrection
          .extend({
            decisions: z.array(
              decisionCorrection.partial().extend({
                remove: z.boolean().optional().meta({
                  description: 'true: leave this decision out (a read one removed, an added one dropped)',
                }),
              }),
            ),
          })
          .partial()
          .nullable(),
      )
      .optional()
      .meta({
        description:
          "Per case of the import, in file order (null: no correction): the preview's `corrections` with fields changed. Decisions: the ones read, by position, then any added ones. All or nothing: one bad field refuses the whole save (422, errors at `corrections.<case>.<field>`).",
      }),
  })
  .meta({
    description:
      'Or the file itself as text/markdown, text/plain or application/pdf with ?fileName= (then without corrections)',
  });

/** The corrections of a JSON save; a raw file body carries none. */
function correctionsFrom(request: FastifyRequest): unknown {
  const body = request.body;
  if (!body || typeof body !== 'object' || Buffer.isBuffer(body)) return undefined;
  return (body as Record<string, unknown>).corrections;
}

export async function registerPoliticalCasesApi(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  // Encapsulated, so the raw file body parsers apply to these routes only.
  await app.register(async (scope) => {
    scope.removeContentTypeParser('text/plain');
    scope.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer' }, (_request, payload, done) =>
      done(null, payload),
    );
    routes(scope, deps);
  });
  registerAgendaImportProfileApi(app, deps);
}

function routes(app: FastifyInstance, deps: HttpDeps): void {
  useCaseRoute(app, deps, {
    method: 'GET',
    url: base,
    tags,
    useCase: listPoliticalCases,
    input: (r) => ({ municipality: params(r).municipality }),
    response: z.object({ municipality: z.string(), cases: z.array(storedPoliticalCaseResponse) }),
    present: (out) => ({
      municipality: out.municipality.code,
      cases: out.cases.map((c) => presentStoredCase(storedPoliticalCaseView(c, c.adoptedModels))),
    }),
    export: politicalCasesTable,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/preview`,
    tags,
    useCase: previewAgendaImport,
    input: (r) => ({ municipality: params(r).municipality, files: agendaFileFrom(r) }),
    body: fileBody,
    response: z.object({
      cases: z.array(politicalCaseResponse),
      report: importReportResponse,
      existing: z.array(z.string().nullable()),
      corrections: z.array(caseCorrection).meta({
        description:
          'Per case: its correctable fields as read; send them back changed as `corrections` on the save',
      }),
    }),
    present: (out) => ({
      cases: out.cases.map(presentCase),
      report: presentReport(out.report),
      existing: out.existing,
      corrections: out.corrections,
    }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: base,
    tags,
    useCase: importAgenda,
    input: (r) => ({
      municipality: params(r).municipality,
      files: agendaFileFrom(r),
      corrections: correctionsFrom(r),
    }),
    body: saveBody,
    response: z.object({
      cases: z.array(storedPoliticalCaseResponse),
      report: importReportResponse,
      saved: z.array(z.object({ id: z.string(), outcome: z.enum(['created', 'updated']) })),
    }),
    present: (out) => ({
      cases: out.cases.map(presentStoredCase),
      report: presentReport(out.report),
      saved: out.outcomes,
    }),
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/orientation-draft`,
    tags,
    useCase: draftOrientationAgendaItem,
    querystring: z.object({ year: z.coerce.number().int() }),
    input: (r) => ({ municipality: params(r).municipality, year: query(r).year }),
    response: z.object({
      municipality: z.string(),
      year: z.number().int(),
      coverage: z.object({ heldWith: z.number().int(), organisations: z.number().int() }).nullable(),
      findings: z.array(z.string()),
      draft: politicalCaseResponse,
      markdown: z.string(),
    }),
    present: (out) => ({
      municipality: out.municipality.code,
      year: out.year,
      coverage: out.coverage,
      findings: out.findings,
      draft: presentCase(politicalCaseView(out.draft, { format: 'markdown', fileName: null })),
      markdown: out.markdown,
    }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/:id`,
    tags,
    useCase: getPoliticalCase,
    input: (r) => ({ municipality: params(r).municipality, id: params(r).id }),
    response: storedPoliticalCaseResponse,
    present: (out) => presentStoredCase(storedPoliticalCaseView(out.politicalCase, out.adoptedModels)),
  });

  useCaseRoute(app, deps, {
    method: 'PUT',
    url: `${base}/:id/model`,
    tags,
    useCase: linkCaseToModel,
    input: (r) => ({
      ...((r.body ?? {}) as object),
      municipality: params(r).municipality,
      id: params(r).id,
    }),
    body: z.object({ modelId: z.string(), version: z.number().int(), unlink: z.boolean().optional() }),
    response: z.object({
      modelId: z.string(),
      version: z.number().int(),
      politicalCaseId: z.string().nullable(),
    }),
    present: (out) => out,
  });

  // The export is Markdown, not JSON: declared by hand, through the same use-case runner.
  registeredApiRoutes.push({
    method: 'GET',
    url: `${base}/:id/markdown`,
    useCase: exportPoliticalCaseMarkdown.name,
    access: exportPoliticalCaseMarkdown.access,
  });
  app.route({
    method: 'GET',
    url: `${base}/:id/markdown`,
    schema: { tags, summary: exportPoliticalCaseMarkdown.summary },
    config: {
      apiOperation: {
        operationId: exportPoliticalCaseMarkdown.name,
        summary: exportPoliticalCaseMarkdown.summary,
        tags,
        access: exportPoliticalCaseMarkdown.access,
        responses: [{ status: 200, schema: z.string(), mediaType: 'text/markdown' }],
      } satisfies ApiOperation,
    },
    async handler(request, reply) {
      const ctx = await contextFor(deps, request);
      const out = await runUseCase(exportPoliticalCaseMarkdown, ctx, {
        municipality: params(request).municipality,
        id: params(request).id,
      });
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', `attachment; filename="${out.fileName}"`)
        .send(out.markdown);
    },
  });
}
