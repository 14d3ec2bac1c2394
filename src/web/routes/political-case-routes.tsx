/**
 * Politiske sager: the list, one case (with its Markdown export and the form linking it to the
 * model it adopted), and the draft orientation item. The import is declared in
 * political-case-import-routes.tsx. What the viewer may do comes from the use cases' `can`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, invalidInput } from '../../app/app-error.ts';
import { politicalCaseReaders, politicalCaseWriters } from '../../app/political-cases/access.ts';
import { draftOrientationAgendaItem } from '../../app/political-cases/draft-orientation-agenda-item.ts';
import { exportPoliticalCaseMarkdown } from '../../app/political-cases/export-political-case-markdown.ts';
import { getPoliticalCase } from '../../app/political-cases/get-political-case.ts';
import { linkCaseToModel } from '../../app/political-cases/link-case-to-model.ts';
import { listPoliticalCases } from '../../app/political-cases/list-political-cases.ts';
import { getMunicipality } from '../../app/registry/get-municipality.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { multipartBoundary, parseMultipart } from '../multipart-form.ts';
import { pageRoute } from '../page-route.ts';
import { CaseListPage } from '../pages/political-cases/case-list-page.tsx';
import { CasePage } from '../pages/political-cases/case-page.tsx';
import { OrientationPage } from '../pages/political-cases/orientation-page.tsx';
import { queryText } from './auth-routes.tsx';
import { registerImportCorrections } from './import-corrections-routes.tsx';
import { registerPoliticalCaseImport } from './political-case-import-routes.tsx';

const READERS = { access: politicalCaseReaders };
const WRITERS = { access: politicalCaseWriters };
const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';

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
    registerPoliticalCaseImport(scope, deps);
    registerImportCorrections(scope, deps);
  });
}

async function casePage(ctx: UseCaseContext, id: string, notice: 'saved' | 'linked' | null, form: FormState) {
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
      can={out.can}
      notice={notice}
      form={form}
    />
  );
}

function routes(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/politiske-sager',
    async (ctx) => {
      const out = await runUseCase(listPoliticalCases, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
      });
      return <CaseListPage municipality={out.municipality} cases={out.cases} can={out.can} />;
    },
    READERS,
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
      const empty = { municipality, year: null, markdown: null, coverage: null };
      if (asked === undefined || asked === '') {
        const lastYear = String(Number(ctx.today.slice(0, 4)) - 1);
        return <OrientationPage {...empty} form={{ values: { aar: lastYear }, errors: [] }} />;
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
        const errors = err.fieldErrors
          .filter((e) => e.field === 'year')
          .map((e) => ({ field: 'aar', message: e.message }));
        return <OrientationPage {...empty} form={{ values: { aar: asked }, errors }} />;
      }
    },
    WRITERS,
  );

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

  formRoute(app, deps, {
    url: '/politiske-sager/:id/styringsmodel',
    pageUrl: '/politiske-sager/:id',
    access: politicalCaseWriters,
    useCase: linkCaseToModel,
    page: (ctx, request, state) => casePage(ctx, param(request, 'id'), null, state ?? emptyForm),
    toInput: ({ fields }, ctx, request) => {
      const [modelId, version] = (fields.model ?? '').split('#');
      if (!modelId || !version) {
        const message = 'Vælg den version af styringsmodellen, sagen vedtog';
        throw invalidInput(message, [{ field: 'model', message }]);
      }
      return { municipality: requireHomeMunicipality(ctx.actor), id: param(request, 'id'), modelId, version };
    },
    // The form has one field: whatever the use case refuses is about the chosen version.
    fieldName: () => 'model',
    redirect: (_out, _ctx, request) =>
      `/politiske-sager/${encodeURIComponent(param(request, 'id'))}?knyttet=1`,
  });
}
