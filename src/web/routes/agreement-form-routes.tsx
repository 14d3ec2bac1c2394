/**
 * The agreement forms as declarations (web/form-route.ts): create, edit, change status, report
 * progress, and confirm or reject a progress report. Each re-renders its own page with the
 * errors next to the fields (422) and redirects to the agreement on success.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { agreementWriters, progressReporters } from '../../app/agreements/access.ts';
import { changeAgreementStatus } from '../../app/agreements/change-agreement-status.ts';
import { getAgreement } from '../../app/agreements/get-agreement.ts';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import {
  confirmProgressProposal,
  proposeAgreementProgress,
  rejectProgressProposal,
} from '../../app/agreements/progress-proposals.ts';
import { createAgreement, updateAgreement } from '../../app/agreements/save-agreement.ts';
import { getOrganisation } from '../../app/registry/get-organisation.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCase, UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { AgreementFormPage } from '../pages/agreements/agreement-form-page.tsx';
import { AgreementPage, type AgreementPageProps } from '../pages/agreements/agreement-page.tsx';
import {
  agreementFieldOf,
  agreementInput,
  agreementValues,
  postedDepartmentIds,
} from './agreement-form-input.ts';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const query = (r: FastifyRequest, name: string) => {
  const v = (r.query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};
const toAgreement = (_out: unknown, _ctx: UseCaseContext, r: FastifyRequest) =>
  `/aftaler/${encodeURIComponent(param(r, 'id'))}`;

/** The agreement page, with one of its forms re-rendered with errors. */
export async function agreementPage(ctx: UseCaseContext, id: string, forms?: AgreementPageProps['forms']) {
  const out = await runUseCase(getAgreement, ctx, { municipality: requireHomeMunicipality(ctx.actor), id });
  return <AgreementPage {...out} {...(forms ? { forms } : {})} />;
}

/** "Opret aftale": first the organisation (a GET form), then the agreement with its departments. */
async function createPage(ctx: UseCaseContext, request: FastifyRequest, state: FormState | null) {
  const municipality = requireHomeMunicipality(ctx.actor);
  const chosen = state ? (state.values.organisationId ?? '') : query(request, 'organisation');
  // Only the organisations the viewer may pick: the smallest page of agreements is read.
  const listing = await runUseCase(listAgreements, ctx, { municipality, limit: 1 });
  const organisation = listing.organisations.find((o) => o.id === chosen) ?? null;
  const departments = organisation
    ? (await runUseCase(getOrganisation, ctx, { municipality, id: organisation.id })).departments
    : [];
  const values = {
    steeringYear: ctx.today.slice(0, 4),
    agreedOn: ctx.today,
    'responsible.kind': 'organisation',
    organisation: chosen,
  };
  return (
    <AgreementFormPage
      municipality={listing.municipality}
      organisations={listing.organisations}
      organisation={organisation}
      departments={departments}
      agreement={null}
      state={state ?? { values, errors: [] }}
      departmentIds={state ? postedDepartmentIds(request.body) : []}
    />
  );
}

/** "Ret aftale": the stored agreement, or what was posted with its errors. */
async function editPage(ctx: UseCaseContext, request: FastifyRequest, state: FormState | null) {
  const out = await runUseCase(getAgreement, ctx, {
    municipality: requireHomeMunicipality(ctx.actor),
    id: param(request, 'id'),
  });
  const a = out.agreement;
  return (
    <AgreementFormPage
      municipality={out.municipality}
      organisations={[]}
      organisation={out.organisation}
      departments={out.departments}
      agreement={{ id: a.id, version: state ? Number(state.values.version) || a.version : a.version }}
      state={state ?? { values: agreementValues(a), errors: [] }}
      departmentIds={state ? postedDepartmentIds(request.body) : a.departmentIds}
    />
  );
}

export function registerAgreementForms(app: FastifyInstance, deps: HttpDeps): void {
  formRoute(app, deps, {
    url: '/aftaler/ny',
    access: agreementWriters,
    useCase: createAgreement,
    page: createPage,
    toInput: (form, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      agreement: agreementInput(form.fields, postedDepartmentIds(request.body)),
    }),
    fieldName: agreementFieldOf,
    redirect: (out) => `/aftaler/${encodeURIComponent(out.agreement.id)}`,
  });

  formRoute(app, deps, {
    url: '/aftaler/:id/ret',
    access: agreementWriters,
    useCase: updateAgreement,
    page: editPage,
    toInput: async (form, ctx, request) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const id = param(request, 'id');
      // The organisation is the stored one, whatever was posted; out of reach is "not found".
      const current = await runUseCase(getAgreement, ctx, { municipality, id });
      const fields = { ...form.fields, organisationId: current.agreement.organisationId };
      return {
        municipality,
        id,
        version: form.fields.version,
        agreement: agreementInput(fields, postedDepartmentIds(request.body)),
      };
    },
    fieldName: agreementFieldOf,
    redirect: toAgreement,
  });

  formRoute(app, deps, {
    url: '/aftaler/:id/status',
    pageUrl: '/aftaler/:id',
    access: agreementWriters,
    useCase: changeAgreementStatus,
    page: (ctx, request, state) =>
      agreementPage(ctx, param(request, 'id'), state ? { status: state } : undefined),
    toInput: ({ fields: f }, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      id: param(request, 'id'),
      status: f.status,
      date: f.date,
      note: f.note,
      evidenceUrl: f.evidenceUrl,
    }),
    redirect: toAgreement,
  });

  formRoute(app, deps, {
    url: '/aftaler/:id/forslag',
    pageUrl: '/aftaler/:id',
    access: progressReporters,
    useCase: proposeAgreementProgress,
    page: (ctx, request, state) =>
      agreementPage(ctx, param(request, 'id'), state ? { proposal: state } : undefined),
    toInput: ({ fields: f }, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      id: param(request, 'id'),
      status: f.status,
      note: f.note,
      evidenceUrl: f.evidenceUrl,
    }),
    redirect: toAgreement,
  });

  decisionForm(app, deps, 'bekraeft', confirmProgressProposal, 'confirmNote');
  decisionForm(app, deps, 'afvis', rejectProgressProposal, 'rejectNote');
}

/** Confirm or reject a progress report: the decision form on the agreement page. */
function decisionForm<S extends z.ZodType, O>(
  app: FastifyInstance,
  deps: HttpDeps,
  action: string,
  useCase: UseCase<S, O>,
  noteField: string,
): void {
  formRoute(app, deps, {
    url: `/aftaler/:id/forslag/:proposalId/${action}`,
    pageUrl: '/aftaler/:id',
    access: agreementWriters,
    useCase,
    page: (ctx, request, state) =>
      agreementPage(ctx, param(request, 'id'), state ? { decision: state } : undefined),
    toInput: ({ fields: f }, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      id: param(request, 'id'),
      proposalId: param(request, 'proposalId'),
      note: f[noteField],
    }),
    fieldName: (field) => (field === 'note' ? noteField : field),
    redirect: toAgreement,
  });
}
