/**
 * Agreement pages under /aftaler: the list with filters (50 a page, `?side=`), per objective area, overdue, one
 * agreement with its history, and the agreement document (page and PDF). The forms are declared
 * in agreement-form-routes.tsx, the bulk status file in agreement-status-file-routes.tsx. What
 * the viewer may do comes from the use cases' `can`; nothing here looks at roles.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { agreementReaders } from '../../app/agreements/access.ts';
import { getAgreementDocument } from '../../app/agreements/agreement-document.ts';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import { AppError } from '../../app/app-error.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import { PAGE_SIZE } from '../../domain/shared/paging.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FieldError } from '../components/form.tsx';
import { pageHref, requestedPage } from '../components/pagination.tsx';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { acceptMultipartForms } from '../multipart-form.ts';
import { pageRoute } from '../page-route.ts';
import { AgreementDocumentPage, DocumentChooserPage } from '../pages/agreements/agreement-document-page.tsx';
import { AgreementListPage } from '../pages/agreements/agreement-list-page.tsx';
import { ObjectiveAreaPage } from '../pages/agreements/objective-area-page.tsx';
import { OverduePage } from '../pages/agreements/overdue-page.tsx';
import { renderPdf } from '../pdf/pdf-pool.ts';
import { agreementPage, registerAgreementForms } from './agreement-form-routes.tsx';
import { registerAgreementStatusFile } from './agreement-status-file-routes.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const queryOf = (r: FastifyRequest) => (r.query ?? {}) as Record<string, unknown>;
const readers = { access: agreementReaders };
const FILTERS = ['organisation', 'status', 'objectiveArea', 'steeringYear', 'overdue'];

export async function registerAgreementPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  // Encapsulated, so the multipart reader applies to these routes only (the status file upload).
  await app.register(async (scope) => {
    acceptMultipartForms(scope);
    routes(scope, deps);
    registerAgreementForms(scope, deps);
    registerAgreementStatusFile(scope, deps);
  });
}

function routes(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler',
    async (ctx, request, reply) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const q = queryOf(request);
      const values = Object.fromEntries(FILTERS.map((k) => [k, typeof q[k] === 'string' ? q[k] : '']));
      let errors: FieldError[] = [];
      let out: Awaited<ReturnType<typeof listAgreements.run>>;
      try {
        out = await runUseCase(listAgreements, ctx, { municipality, ...values, ...requestedPage(request) });
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        errors = err.fieldErrors;
        reply.status(422);
        out = await runUseCase(listAgreements, ctx, { municipality, limit: PAGE_SIZE });
      }
      return (
        <AgreementListPage
          {...out}
          filters={{ values, errors }}
          pageHref={pageHref('/aftaler', errors.length > 0 ? {} : values)}
        />
      );
    },
    readers,
  );

  const listing = (ctx: UseCaseContext, filters: Record<string, string> = {}) =>
    runUseCase(listAgreements, ctx, { municipality: requireHomeMunicipality(ctx.actor), ...filters });

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/maalomraader',
    async (ctx) => {
      // The page shows the counts per area (`byArea`) only: the smallest page of rows is read.
      const out = await listing(ctx, { limit: '1' });
      return <ObjectiveAreaPage municipality={out.municipality} byArea={out.byArea} can={out.can} />;
    },
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/over-deadline',
    async (ctx) => <OverduePage {...(await listing(ctx, { overdue: 'true' }))} />,
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/dokument',
    async (ctx, request) => {
      const q = queryOf(request);
      const organisation = typeof q.organisation === 'string' ? q.organisation : '';
      const year = typeof q.year === 'string' ? q.year.trim() : '';
      const errors: FieldError[] = [];
      if (organisation !== '' || year !== '') {
        if (organisation === '') errors.push({ field: 'organisation', message: 'Vælg en boligorganisation' });
        if (!/^\d{4}$/.test(year))
          errors.push({ field: 'year', message: 'Skriv styringsåret som et årstal, fx 2025' });
        if (errors.length === 0)
          return { redirect: `/aftaler/dokument/${encodeURIComponent(organisation)}/${year}` };
      }
      // Only the organisations are shown: the smallest page of agreements is read.
      const out = await listing(ctx, { limit: '1' });
      const values = { organisation, year: year || String(Number(ctx.today.slice(0, 4)) - 1) };
      return (
        <DocumentChooserPage
          municipality={out.municipality}
          organisations={out.organisations}
          state={{ values, errors }}
          can={out.can}
        />
      );
    },
    readers,
  );

  const documentOf = (ctx: UseCaseContext, request: FastifyRequest) =>
    runUseCase(getAgreementDocument, ctx, {
      municipality: requireHomeMunicipality(ctx.actor),
      organisation: param(request, 'organisationId'),
      steeringYear: param(request, 'year'),
    });

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/dokument/:organisationId/:year',
    async (ctx, request) => <AgreementDocumentPage {...(await documentOf(ctx, request))} />,
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/dokument/:organisationId/:year/aftaledokument.pdf',
    async (ctx, request) => {
      const doc = await documentOf(ctx, request);
      return {
        file: await renderPdf('agreementDocument', doc),
        type: 'application/pdf',
        filename: `aftaledokument-${doc.steeringYear}-${doc.organisation.id}.pdf`,
      };
    },
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/:id',
    (ctx, request) => agreementPage(ctx, param(request, 'id')),
    readers,
  );
}
