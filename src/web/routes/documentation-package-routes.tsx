/** The documentation package per organisation and steering year: the page and its two forms. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { meetingPlanners } from '../../app/meetings/access.ts';
import {
  getDocumentationPackage,
  markPackageHeldInPortal,
  packageReaders,
  recordPackageDocument,
} from '../../app/meetings/documentation-packages.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { DocumentationPackagePage, receivedOnField } from '../pages/meetings/documentation-package-page.tsx';
import { param } from './meeting-route-helpers.tsx';

const PAGE = '/moeder/dokumentationspakke/:organisation/:year';

const packageIds = (ctx: UseCaseContext, request: FastifyRequest) => ({
  municipality: requireHomeMunicipality(ctx.actor),
  organisation: param(request, 'organisation'),
  steeringYear: param(request, 'year'),
});

async function packagePage(ctx: UseCaseContext, request: FastifyRequest, state: FormState | null) {
  const out = await runUseCase(getDocumentationPackage, ctx, packageIds(ctx, request));
  return (
    <DocumentationPackagePage
      organisation={out.organisation}
      pkg={out.pkg}
      status={out.status}
      canEdit={out.can.edit}
      today={ctx.today}
      {...(state ? { state } : {})}
    />
  );
}

const backToPackage = (_out: unknown, _ctx: UseCaseContext, request: FastifyRequest) =>
  `/moeder/dokumentationspakke/${encodeURIComponent(param(request, 'organisation'))}/${encodeURIComponent(param(request, 'year'))}`;

export function registerDocumentationPackageRoutes(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(app, deps, 'GET', PAGE, (ctx, request) => packagePage(ctx, request, null), {
    access: packageReaders,
  });

  formRoute(app, deps, {
    url: `${PAGE}/dokumenter`,
    pageUrl: PAGE,
    access: meetingPlanners,
    useCase: recordPackageDocument,
    // One form per document row: the date field is named for its document.
    toInput: (form, ctx, request) => ({
      ...packageIds(ctx, request),
      kind: form.fields.kind,
      receivedOn: form.fields[receivedOnField(form.fields.kind ?? '')] || null,
    }),
    fieldName: (field, form) => (field === 'receivedOn' ? receivedOnField(form.fields.kind ?? '') : field),
    page: packagePage,
    redirect: backToPackage,
  });

  formRoute(app, deps, {
    url: `${PAGE}/portal`,
    pageUrl: PAGE,
    access: meetingPlanners,
    useCase: markPackageHeldInPortal,
    toInput: (form, ctx, request) => ({ ...packageIds(ctx, request), on: form.fields.on ?? '' }),
    page: packagePage,
    redirect: backToPackage,
  });
}
