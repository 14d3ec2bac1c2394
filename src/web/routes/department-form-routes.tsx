/**
 * The department forms (/boligorganisationer/:id/afdelinger/ny and …/:departmentId/ret) as
 * formRoutes. The edit form carries the version it was opened at; a save after someone else's
 * answers 412 with the Danish "someone else changed this" message (hardening #6).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.ts';
import { notFound } from '../../app/app-error.ts';
import { registryWriters } from '../../app/registry/access.ts';
import { getOrganisation } from '../../app/registry/get-organisation.ts';
import { saveDepartment } from '../../app/registry/save-department.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { flatten } from '../form-data.ts';
import { formRoute, type PostedForm, withoutPrefix } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { DepartmentFormPage } from '../pages/registry/department-form-page.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const userName = (actor: Actor) => (actor.kind === 'user' ? actor.name : null);

async function organisationOf(ctx: UseCaseContext, request: FastifyRequest) {
  return runUseCase(getOrganisation, ctx, {
    municipality: requireHomeMunicipality(ctx.actor),
    id: param(request, 'id'),
  });
}

function departmentInput(form: PostedForm, ctx: UseCaseContext, request: FastifyRequest) {
  const { version, ...fields } = form.nested as Record<string, unknown>;
  const id = param(request, 'departmentId');
  return {
    municipality: requireHomeMunicipality(ctx.actor),
    ...(id ? { id, version } : {}),
    department: { ...fields, organisationId: param(request, 'id') },
  };
}

export function registerDepartmentFormPages(app: FastifyInstance, deps: HttpDeps): void {
  const page = async (
    ctx: UseCaseContext,
    request: FastifyRequest,
    state: FormState,
    department: { id: string; name: string } | null,
    out?: Awaited<ReturnType<typeof organisationOf>>,
  ) => {
    const org = out ?? (await organisationOf(ctx, request));
    return (
      <DepartmentFormPage
        municipality={org.municipality}
        organisation={org.organisation}
        department={department}
        state={state}
        userName={userName(ctx.actor)}
      />
    );
  };
  const redirect = (_d: unknown, _ctx: UseCaseContext, request: FastifyRequest) =>
    `/boligorganisationer/${encodeURIComponent(param(request, 'id'))}`;

  formRoute(app, deps, {
    url: '/boligorganisationer/:id/afdelinger/ny',
    access: registryWriters,
    useCase: saveDepartment,
    toInput: departmentInput,
    page: (ctx, request, state) =>
      page(
        ctx,
        request,
        state ?? {
          values: {
            kind: 'family',
            hasDepartmentBoard: 'true',
            locationMunicipality: requireHomeMunicipality(ctx.actor),
          },
          errors: [],
        },
        null,
      ),
    redirect,
    fieldName: withoutPrefix('department'),
  });

  formRoute(app, deps, {
    url: '/boligorganisationer/:id/afdelinger/:departmentId/ret',
    access: registryWriters,
    useCase: saveDepartment,
    toInput: departmentInput,
    async page(ctx, request, state) {
      const id = param(request, 'departmentId');
      if (state) return page(ctx, request, state, { id, name: state.values.name ?? '' });
      const out = await organisationOf(ctx, request);
      const department = out.departments.find((d) => d.id === id);
      if (!department) throw notFound('Afdelingen');
      const { id: _id, organisationId: _o, version, ...fields } = department;
      const values = { ...flatten(fields), version: String(version) };
      return page(ctx, request, { values, errors: [] }, department, out);
    },
    redirect,
    fieldName: withoutPrefix('department'),
  });
}
