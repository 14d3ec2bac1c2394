/**
 * Registry forms: create and edit organisations (departments: department-form-routes.tsx, people:
 * person-form-routes.tsx, both formRoutes). Each form posts plain
 * HTML; on an error the same form is shown again with the entered values and field-level
 * messages, and nothing is stored.
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.ts';
import type { AppError } from '../../app/app-error.ts';
import { registryWriters } from '../../app/registry/access.ts';
import { getOrganisation } from '../../app/registry/get-organisation.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { createOrganisation, updateOrganisation } from '../../app/registry/save-organisation.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import { DEFAULT_ACCOUNTING_YEAR_END } from '../../domain/registry/field-schemas.ts';
import { formatDayMonth } from '../../domain/shared/date-input.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { flatten, formStateFromError, handleForm, postedFields, unflatten } from '../form-data.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { type PageResult, pageRoute } from '../page-route.ts';
import { OrganisationFormPage } from '../pages/registry/organisation-form-page.tsx';
import { registerDepartmentFormPages } from './department-form-routes.tsx';
import { registerPersonFormPages } from './person-form-routes.tsx';

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

  registerDepartmentFormPages(app, deps);
  registerPersonFormPages(app, deps);
}
