/**
 * Politiske sager: the list, one case (with its Markdown export and the link to the model it
 * adopted), the import (upload → preview → "Gem sagen"), and the draft orientation item.
 *
 * The import carries the file from the preview to the save as a hidden base64 field: nothing is
 * kept on the server between the two steps, and the save reads the file again, so what is saved
 * is exactly what the preview showed. Both forms are multipart (web/multipart-form.ts). Their
 * scope's body limit is raised by the base64 overhead only; the file itself may not exceed the
 * server's body limit (checked here, with a field error).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../app/app-error.ts';
import { politicalCaseReaders, politicalCaseWriters } from '../../app/political-cases/access.ts';
import { draftOrientationAgendaItem } from '../../app/political-cases/draft-orientation-agenda-item.ts';
import { exportPoliticalCaseMarkdown } from '../../app/political-cases/export-political-case-markdown.ts';
import { getPoliticalCase } from '../../app/political-cases/get-political-case.ts';
import { importAgenda } from '../../app/political-cases/import-agenda.ts';
import { linkCaseToModel } from '../../app/political-cases/link-case-to-model.ts';
import { listPoliticalCases } from '../../app/political-cases/list-political-cases.ts';
import { previewAgendaImport } from '../../app/political-cases/preview-agenda-import.ts';
import { getMunicipality } from '../../app/registry/get-municipality.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { requireHomeMunicipality } from '../home-municipality.ts';
import {
  type MultipartBody,
  multipartBoundary,
  parseMultipart,
  type UploadedFile,
} from '../multipart-form.ts';
import { pageRoute } from '../page-route.ts';
import { CaseListPage } from '../pages/political-cases/case-list-page.tsx';
import { CasePage } from '../pages/political-cases/case-page.tsx';
import { ImportPage } from '../pages/political-cases/import-page.tsx';
import { ImportPreviewPage } from '../pages/political-cases/import-preview-page.tsx';
import { OrientationPage } from '../pages/political-cases/orientation-page.tsx';
import { queryText } from './auth-routes.tsx';

const READERS = { access: politicalCaseReaders };
const WRITERS = { access: politicalCaseWriters };
const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';

function canImport(ctx: UseCaseContext): boolean {
  const a = ctx.actor;
  return (
    a.kind === 'system' ||
    (a.kind === 'user' && a.grants.some((g) => g.role === 'admin' || g.role === 'caseOfficer'))
  );
}

function multipartBody(request: FastifyRequest): MultipartBody {
  const body = request.body;
  return body && typeof body === 'object' ? (body as MultipartBody) : {};
}

function textField(body: MultipartBody, name: string): string | undefined {
  const v = body[name];
  return typeof v === 'string' ? v : undefined;
}

function fileField(body: MultipartBody, name: string): UploadedFile | null {
  const v = body[name];
  return v && typeof v === 'object' && v.filename !== '' ? v : null;
}

function fieldError(message: string): FormState {
  return { values: {}, errors: [{ field: 'file', message }] };
}

/** The form state for a refused import: the use case's field errors, or its detail on the file field. */
function refusedState(err: AppError): FormState {
  return {
    values: {},
    errors:
      err.fieldErrors.length > 0
        ? err.fieldErrors.map((e) => ({ field: 'file', message: e.message }))
        : [{ field: 'file', message: `${err.title}: ${err.detail}` }],
  };
}

export async function registerPoliticalCasePages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  await app.register(async (scope) => {
    // Base64 makes the carried file a third larger; the decoded file is checked against the limit.
    const bodyLimit = Math.ceil((deps.bodyLimitBytes * 4) / 3) + 64 * 1024;
    scope.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'buffer', bodyLimit },
      (request, payload, done) => {
        const boundary = multipartBoundary(request.headers['content-type']);
        if (!boundary) {
          done(Object.assign(new Error('multipart body without boundary'), { statusCode: 400 }), undefined);
          return;
        }
        done(null, parseMultipart(payload as Buffer, boundary));
      },
    );
    routes(scope, deps);
  });
}

function routes(app: FastifyInstance, deps: HttpDeps): void {
  const maxBytes = deps.bodyLimitBytes;

  async function importPage(
    ctx: UseCaseContext,
    form: FormState,
    report: Parameters<typeof ImportPage>[0]['report'] = null,
  ) {
    const municipality = await runUseCase(getMunicipality, ctx, {
      municipality: requireHomeMunicipality(ctx.actor),
    });
    return <ImportPage municipality={municipality} form={form} report={report} maxBytes={maxBytes} />;
  }

  pageRoute(
    app,
    deps,
    'GET',
    '/politiske-sager',
    async (ctx) => {
      const out = await runUseCase(listPoliticalCases, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
      });
      return <CaseListPage municipality={out.municipality} cases={out.cases} canImport={canImport(ctx)} />;
    },
    READERS,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/politiske-sager/importer',
    async (ctx) => importPage(ctx, emptyForm),
    WRITERS,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/politiske-sager/importer',
    async (ctx, request, reply) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const file = fileField(multipartBody(request), 'file');
      if (!file) {
        reply.status(400);
        return importPage(ctx, fieldError('Vælg en fil med dagsordenspunktet'));
      }
      if (file.bytes.length > maxBytes) {
        reply.status(413);
        return importPage(ctx, fieldError(`Filen er for stor. Den må højst fylde ${maxBytes} byte.`));
      }
      try {
        const out = await runUseCase(previewAgendaImport, ctx, {
          municipality,
          files: [{ fileName: file.filename, content: file.bytes }],
        });
        const parsed = out.files[0];
        if (!out.municipality || !parsed)
          throw new AppError('notFound', 'Ikke fundet', 'Kommunen findes ikke.');
        if (parsed.cases.length === 0) {
          reply.status(422);
          return importPage(
            ctx,
            fieldError(
              `Der blev ikke fundet noget dagsordenspunkt i ${file.filename}. Se importrapporten nedenfor.`,
            ),
            { fileName: parsed.fileName, report: parsed.report },
          );
        }
        return (
          <ImportPreviewPage
            municipality={out.municipality}
            file={parsed}
            existing={out.existing}
            contentBase64={Buffer.from(file.bytes).toString('base64')}
          />
        );
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        reply.status(400);
        return importPage(ctx, refusedState(err));
      }
    },
    WRITERS,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/politiske-sager/importer/gem',
    async (ctx, request, reply) => {
      const body = multipartBody(request);
      const content = Buffer.from(textField(body, 'content') ?? '', 'base64');
      const fileName = textField(body, 'fileName') || null;
      if (content.length === 0) {
        reply.status(400);
        return importPage(ctx, fieldError('Filen kom ikke med. Vælg filen igen.'));
      }
      if (content.length > maxBytes) {
        reply.status(413);
        return importPage(ctx, fieldError(`Filen er for stor. Den må højst fylde ${maxBytes} byte.`));
      }
      try {
        const out = await runUseCase(importAgenda, ctx, {
          municipality: requireHomeMunicipality(ctx.actor),
          files: [{ fileName, content: new Uint8Array(content) }],
        });
        const first = out.outcomes[0];
        return {
          redirect:
            out.outcomes.length === 1 && first
              ? `/politiske-sager/${encodeURIComponent(first.id)}?gemt=1`
              : '/politiske-sager',
        };
      } catch (err) {
        if (!(err instanceof AppError) || !['invalidInput', 'ruleViolation', 'conflict'].includes(err.code))
          throw err;
        reply.status(err.code === 'conflict' ? 409 : 422);
        return importPage(ctx, refusedState(err));
      }
    },
    WRITERS,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/politiske-sager/orientering',
    async (ctx, request, reply) => {
      const municipalityCode = requireHomeMunicipality(ctx.actor);
      const asked = queryText(request, 'aar');
      const municipality = await runUseCase(getMunicipality, ctx, { municipality: municipalityCode });
      if (asked === undefined || asked === '') {
        const lastYear = String(Number(ctx.today.slice(0, 4)) - 1);
        return (
          <OrientationPage
            municipality={municipality}
            year={null}
            markdown={null}
            coverage={null}
            form={{ values: { aar: lastYear }, errors: [] }}
          />
        );
      }
      try {
        const out = await runUseCase(draftOrientationAgendaItem, ctx, {
          municipality: municipalityCode,
          year: asked,
        });
        return (
          <OrientationPage
            municipality={municipality}
            year={out.year}
            markdown={out.markdown}
            coverage={out.coverage}
            form={{ values: { aar: String(out.year) }, errors: [] }}
          />
        );
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        reply.status(400);
        return (
          <OrientationPage
            municipality={municipality}
            year={null}
            markdown={null}
            coverage={null}
            form={{
              values: { aar: asked },
              errors: err.fieldErrors
                .filter((e) => e.field === 'year')
                .map((e) => ({ field: 'aar', message: e.message })),
            }}
          />
        );
      }
    },
    WRITERS,
  );

  async function casePage(
    ctx: UseCaseContext,
    id: string,
    notice: 'saved' | 'linked' | null,
    form: FormState,
  ) {
    const out = await runUseCase(getPoliticalCase, ctx, {
      municipality: requireHomeMunicipality(ctx.actor),
      id,
    });
    return (
      <CasePage
        municipality={out.municipality}
        stored={out.politicalCase}
        adoptedModels={out.adoptedModels}
        modelVersions={out.modelVersions}
        canLink={canImport(ctx)}
        notice={notice}
        form={form}
      />
    );
  }

  pageRoute(
    app,
    deps,
    'GET',
    '/politiske-sager/:id',
    async (ctx, request) => {
      const notice =
        queryText(request, 'gemt') !== undefined
          ? 'saved'
          : queryText(request, 'knyttet') !== undefined
            ? 'linked'
            : null;
      return casePage(ctx, param(request, 'id'), notice, emptyForm);
    },
    READERS,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/politiske-sager/:id/markdown',
    async (ctx, request) => {
      const out = await runUseCase(exportPoliticalCaseMarkdown, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        id: param(request, 'id'),
      });
      return { file: out.markdown, type: 'text/markdown; charset=utf-8', filename: out.fileName };
    },
    READERS,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/politiske-sager/:id/styringsmodel',
    async (ctx, request, reply) => {
      const id = param(request, 'id');
      const form = (request.body ?? {}) as Record<string, unknown>;
      const chosen = typeof form.model === 'string' ? form.model : '';
      const [modelId, version] = chosen.split('#');
      if (!modelId || !version) {
        reply.status(400);
        return casePage(ctx, id, null, {
          values: { model: chosen },
          errors: [{ field: 'model', message: 'Vælg den version af styringsmodellen, sagen vedtog' }],
        });
      }
      try {
        await runUseCase(linkCaseToModel, ctx, {
          municipality: requireHomeMunicipality(ctx.actor),
          id,
          modelId,
          version,
        });
        return { redirect: `/politiske-sager/${encodeURIComponent(id)}?knyttet=1` };
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        reply.status(400);
        return casePage(ctx, id, null, {
          values: { model: chosen },
          errors: [{ field: 'model', message: err.detail }],
        });
      }
    },
    WRITERS,
  );
}
