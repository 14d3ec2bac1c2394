/**
 * The operator's pages (/drift, national administrator only): the installation's municipalities
 * with the national picture, creating one, granting its first administrator, suspending it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../app/app-error.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { nationalAdmins } from '../../app/tenancy/access.ts';
import { createMunicipality } from '../../app/tenancy/create-municipality.ts';
import { getNationalOverview } from '../../app/tenancy/get-national-overview.ts';
import { grantFirstAdmin } from '../../app/tenancy/grant-first-admin.ts';
import {
  listCrossMunicipalityWork,
  organisationUsers,
} from '../../app/tenancy/list-cross-municipality-work.ts';
import { setMunicipalitySuspension } from '../../app/tenancy/suspend-municipality.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { pageRoute } from '../page-route.ts';
import { CrossMunicipalityPage } from '../pages/tenancy/cross-municipality-page.tsx';
import { NationalOverviewPage } from '../pages/tenancy/national-overview-page.tsx';
import { TenantPage } from '../pages/tenancy/tenant-page.tsx';

const codeOf = (request: FastifyRequest) => (request.params as { code: string }).code;

const NOTICES: Record<string, string> = {
  oprettet: 'Kommunen er oprettet. Giv nu kommunens administrator adgang.',
  adgang: 'Administratoren har fået adgang.',
  suspenderet: 'Kommunen er suspenderet.',
  aktiv: 'Suspenderingen er ophævet.',
};

async function overview(ctx: UseCaseContext, form: FormState | null) {
  const out = await runUseCase(getNationalOverview, ctx, {});
  return <NationalOverviewPage {...out} form={form ?? emptyForm} />;
}

async function tenant(
  ctx: UseCaseContext,
  request: FastifyRequest,
  forms: { admin?: FormState | null; suspension?: FormState | null },
) {
  const out = await runUseCase(getNationalOverview, ctx, {});
  const row = out.municipalities.find((m) => m.code === codeOf(request));
  if (!row) throw notFound('Kommunen');
  const flag = Object.keys(NOTICES).find((k) => k in (request.query as object));
  return (
    <TenantPage
      tenant={row}
      year={out.year}
      notice={flag ? (NOTICES[flag] ?? null) : null}
      adminForm={forms.admin ?? emptyForm}
      suspensionForm={forms.suspension ?? emptyForm}
    />
  );
}

export function registerTenancyPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/paa-tvaers',
    async (ctx) => <CrossMunicipalityPage {...(await runUseCase(listCrossMunicipalityWork, ctx, {}))} />,
    { access: organisationUsers },
  );
  formRoute(app, deps, {
    url: '/drift/kommuner',
    pageUrl: '/drift',
    access: nationalAdmins,
    useCase: createMunicipality,
    toInput: ({ fields }) => ({
      code: fields.code ?? '',
      name: fields.name,
      address: fields.address,
      supervisingUnit: fields.supervisingUnit,
    }),
    page: (ctx, _request, state) => overview(ctx, state),
    redirect: (out) => `/drift/kommuner/${out.code}?oprettet`,
  });
  pageRoute(app, deps, 'GET', '/drift', (ctx) => overview(ctx, null), { access: nationalAdmins });
  pageRoute(app, deps, 'GET', '/drift/kommuner/:code', (ctx, request) => tenant(ctx, request, {}), {
    access: nationalAdmins,
  });
  formRoute(app, deps, {
    url: '/drift/kommuner/:code/administrator',
    pageUrl: '/drift/kommuner/:code',
    access: nationalAdmins,
    useCase: grantFirstAdmin,
    toInput: ({ fields }, _ctx, request) => ({
      municipality: codeOf(request),
      email: fields.email,
      name: fields.name,
      inviteLinkBase: deps.publicUrl,
    }),
    page: (ctx, request, state) => tenant(ctx, request, { admin: state }),
    redirect: (_out, _ctx, request) => `/drift/kommuner/${codeOf(request)}?adgang`,
  });
  formRoute(app, deps, {
    url: '/drift/kommuner/:code/suspendering',
    pageUrl: '/drift/kommuner/:code',
    access: nationalAdmins,
    useCase: setMunicipalitySuspension,
    toInput: ({ fields }, _ctx, request) => ({
      municipality: codeOf(request),
      suspended: fields.suspended,
      reason: fields.reason ?? null,
    }),
    page: (ctx, request, state) => tenant(ctx, request, { suspension: state }),
    redirect: (out) => `/drift/kommuner/${out.code}?${out.suspension ? 'suspenderet' : 'aktiv'}`,
  });
}
