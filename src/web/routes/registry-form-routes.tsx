/**
 * Registry forms: create and edit organisations, departments and people. Each form posts plain
 * HTML; on an error the same form is shown again with the entered values and field-level
 * messages, and nothing is stored.
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.ts';
import type { AppError } from '../../app/app-error.ts';
import { registryWriters } from '../../app/registry/access.ts';
import { getOrganisation } from '../../app/registry/get-organisation.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { getPerson } from '../../app/registry/list-people.ts';
import { saveDepartment } from '../../app/registry/save-department.ts';
import { createOrganisation, updateOrganisation } from '../../app/registry/save-organisation.ts';
import { savePerson } from '../../app/registry/save-person.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import { DEFAULT_ACCOUNTING_YEAR_END } from '../../domain/registry/field-schemas.ts';
import type { PersonRole } from '../../domain/registry/types.ts';
import { formatDayMonth } from '../../domain/shared/date-input.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { flatten, formStateFromError, handleForm, postedFields, unflatten } from '../form-data.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { type PageResult, pageRoute } from '../page-route.ts';
import { DepartmentFormPage } from '../pages/registry/department-form-page.tsx';
import { OrganisationFormPage } from '../pages/registry/organisation-form-page.tsx';
import { PersonFormPage } from '../pages/registry/person-form-page.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const userName = (actor: Actor) => (actor.kind === 'user' ? actor.name : null);
const writers = { access: registryWriters };

/**
 * Re-rendered forms answer 422 so that scripts and tests can tell a refusal from a page, and 412
 * when the record was changed by someone else since the form was opened (the page says so in Danish).
 */
function refused(reply: FastifyReply, page: unknown, err?: { code: string }): PageResult {
  reply.status(err?.code === 'preconditionFailed' ? 412 : 422);
  return page as PageResult;
}

/** Role rows without a chosen kind are empty rows and are dropped; municipal roles get the municipality. */
function rolesFrom(flat: Record<string, string>, municipality: string): unknown[] {
  const nested = unflatten(flat) as { roles?: Record<string, string>[] };
  return (nested.roles ?? []).filter((r) => r?.kind).map((r) => ({ ...r, municipality, to: r.to || null }));
}

async function organisationForm(
  ctx: UseCaseContext,
  state: FormState,
  organisation: { id: string; name: string } | null,
) {
  const municipality = requireHomeMunicipality(ctx.actor);
  const listing = await runUseCase(listOrganisations, ctx, { municipality });
  return (
    <OrganisationFormPage
      municipality={listing.municipality}
      organisation={organisation}
      state={state}
      others={listing.organisations.map((o) => o.organisation).filter((o) => o.id !== organisation?.id)}
      userName={userName(ctx.actor)}
    />
  );
}

function organisationInput(flat: Record<string, string>) {
  const { version: _version, ...fields } = flat;
  return unflatten(fields);
}

async function personForm(
  ctx: UseCaseContext,
  state: FormState,
  person: { id: string; name: string } | null,
  storedRoles: number,
) {
  const municipality = requireHomeMunicipality(ctx.actor);
  const listing = await runUseCase(listOrganisations, ctx, { municipality });
  const postedRows = Object.keys(state.values).filter((k) => /^roles\.\d+\.kind$/.test(k)).length;
  return (
    <PersonFormPage
      municipality={listing.municipality}
      person={person}
      state={state}
      roleRows={Math.max(storedRoles + 1, postedRows)}
      organisations={listing.organisations.map((o) => o.organisation)}
      userName={userName(ctx.actor)}
    />
  );
}

function personState(
  roles: PersonRole[],
  fields: { name: string; email: string | null; phone: string | null },
): FormState {
  return { values: flatten({ ...fields, roles }), errors: [] };
}

export function registerRegistryFormPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/boligorganisationer/ny',
    (ctx) =>
      organisationForm(
        ctx,
        {
          values: {
            kind: 'housingOrganisation',
            'administeredBy.kind': 'self',
            accountingYearEnd: formatDayMonth(DEFAULT_ACCOUNTING_YEAR_END),
            seatMunicipality: requireHomeMunicipality(ctx.actor),
          },
          errors: [],
        },
        null,
      ),
    writers,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/boligorganisationer/ny',
    async (ctx, request, reply) => {
      const flat = postedFields(request.body);
      const result = await handleForm(
        () =>
          runUseCase(createOrganisation, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            organisation: organisationInput(flat),
          }),
        (err) => organisationForm(ctx, formStateFromError(err, flat, 'organisation'), null),
      );
      if (!result.ok) return refused(reply, await result.page);
      return { redirect: `/boligorganisationer/${encodeURIComponent(result.value.organisation.id)}` };
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/boligorganisationer/:id/ret',
    async (ctx, request) => {
      const out = await runUseCase(getOrganisation, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        id: param(request, 'id'),
      });
      const { id: _id, ...fields } = out.organisation;
      // The form speaks dd-mm like the registry CSV; the organisation keeps MM-DD.
      const values = flatten({ ...fields, accountingYearEnd: formatDayMonth(fields.accountingYearEnd) });
      return organisationForm(ctx, { values, errors: [] }, out.organisation);
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/boligorganisationer/:id/ret',
    async (ctx, request, reply) => {
      const flat = postedFields(request.body);
      const id = param(request, 'id');
      const municipality = requireHomeMunicipality(ctx.actor);
      let error: AppError | undefined;
      const result = await handleForm(
        () =>
          runUseCase(updateOrganisation, ctx, {
            municipality,
            id,
            version: flat.version,
            organisation: organisationInput(flat),
          }),
        async (err) => {
          error = err;
          const current = await runUseCase(getOrganisation, ctx, { municipality, id });
          return organisationForm(ctx, formStateFromError(err, flat, 'organisation'), current.organisation);
        },
      );
      if (!result.ok) return refused(reply, await result.page, error);
      return { redirect: `/boligorganisationer/${encodeURIComponent(id)}` };
    },
    writers,
  );

  const departmentPage = async (
    ctx: UseCaseContext,
    organisationId: string,
    state: FormState,
    department: { id: string; name: string } | null,
  ) => {
    const out = await runUseCase(getOrganisation, ctx, {
      municipality: requireHomeMunicipality(ctx.actor),
      id: organisationId,
    });
    return (
      <DepartmentFormPage
        municipality={out.municipality}
        organisation={out.organisation}
        department={department}
        state={state}
        userName={userName(ctx.actor)}
      />
    );
  };

  pageRoute(
    app,
    deps,
    'GET',
    '/boligorganisationer/:id/afdelinger/ny',
    (ctx, request) =>
      departmentPage(
        ctx,
        param(request, 'id'),
        {
          values: {
            kind: 'family',
            hasDepartmentBoard: 'true',
            locationMunicipality: requireHomeMunicipality(ctx.actor),
          },
          errors: [],
        },
        null,
      ),
    writers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/boligorganisationer/:id/afdelinger/:departmentId/ret',
    async (ctx, request) => {
      const out = await runUseCase(getOrganisation, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        id: param(request, 'id'),
      });
      const department = out.departments.find((d) => d.id === param(request, 'departmentId'));
      if (!department) return { redirect: `/boligorganisationer/${encodeURIComponent(out.organisation.id)}` };
      const { id: _id, organisationId: _o, version, ...fields } = department;
      const values = { ...flatten(fields), version: String(version) };
      return departmentPage(ctx, out.organisation.id, { values, errors: [] }, department);
    },
    writers,
  );

  const saveDepartmentFrom = async (
    ctx: UseCaseContext,
    request: FastifyRequest,
    reply: FastifyReply,
    departmentId: string | null,
  ) => {
    const { version, ...flat } = postedFields(request.body);
    const organisationId = param(request, 'id');
    let error: AppError | undefined;
    const result = await handleForm(
      () =>
        runUseCase(saveDepartment, ctx, {
          municipality: requireHomeMunicipality(ctx.actor),
          ...(departmentId ? { id: departmentId, version } : {}),
          department: { ...unflatten(flat), organisationId },
        }),
      (err) =>
        departmentPage(
          ctx,
          organisationId,
          formStateFromError((error = err), { ...flat, version: version ?? '' }, 'department'),
          departmentId ? { id: departmentId, name: flat.name ?? '' } : null,
        ),
    );
    if (!result.ok) return refused(reply, await result.page, error);
    return { redirect: `/boligorganisationer/${encodeURIComponent(organisationId)}` };
  };

  pageRoute(
    app,
    deps,
    'POST',
    '/boligorganisationer/:id/afdelinger/ny',
    (ctx, request, reply) => saveDepartmentFrom(ctx, request, reply, null),
    writers,
  );
  pageRoute(
    app,
    deps,
    'POST',
    '/boligorganisationer/:id/afdelinger/:departmentId/ret',
    (ctx, request, reply) => saveDepartmentFrom(ctx, request, reply, param(request, 'departmentId')),
    writers,
  );

  pageRoute(app, deps, 'GET', '/personer/ny', (ctx) => personForm(ctx, emptyForm, null, 0), writers);

  pageRoute(
    app,
    deps,
    'GET',
    '/personer/:id/ret',
    async (ctx, request) => {
      const out = await runUseCase(getPerson, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        id: param(request, 'id'),
      });
      const state = personState(out.person.roles, out.person);
      return personForm(
        ctx,
        { ...state, values: { ...state.values, version: String(out.version) } },
        out.person,
        out.person.roles.length,
      );
    },
    writers,
  );

  const savePersonFrom = async (
    ctx: UseCaseContext,
    request: FastifyRequest,
    reply: FastifyReply,
    personId: string | null,
  ) => {
    const flat = postedFields(request.body);
    const municipality = requireHomeMunicipality(ctx.actor);
    let error: AppError | undefined;
    const result = await handleForm(
      () =>
        runUseCase(savePerson, ctx, {
          municipality,
          ...(personId ? { id: personId, version: flat.version } : {}),
          person: {
            name: flat.name,
            email: flat.email,
            phone: flat.phone,
            roles: rolesFrom(flat, municipality),
          },
        }),
      (err) =>
        personForm(
          ctx,
          formStateFromError((error = err), flat, 'person'),
          personId ? { id: personId, name: flat.name ?? '' } : null,
          0,
        ),
    );
    if (!result.ok) return refused(reply, await result.page, error);
    return { redirect: `/personer/${encodeURIComponent(result.value.id)}` };
  };

  pageRoute(
    app,
    deps,
    'POST',
    '/personer/ny',
    (ctx, request, reply) => savePersonFrom(ctx, request, reply, null),
    writers,
  );
  pageRoute(
    app,
    deps,
    'POST',
    '/personer/:id/ret',
    (ctx, request, reply) => savePersonFrom(ctx, request, reply, param(request, 'id')),
    writers,
  );
}
