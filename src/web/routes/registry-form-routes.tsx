/**
 * Registry forms: create and edit organisations (departments: department-form-routes.tsx, people:
 * person-form-routes.tsx), all formRoutes. On an error the same form is shown again with the
 * entered values and field-level messages (422; 412 when someone else saved first), and nothing
 * is stored.
 */

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.ts';
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
import { flatten, unflatten } from '../form-data.ts';
import { formRoute, withoutPrefix } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { OrganisationFormPage } from '../pages/registry/organisation-form-page.tsx';
import { registerDepartmentFormPages } from './department-form-routes.tsx';
import { registerPersonFormPages } from './person-form-routes.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const userName = (actor: Actor) => (actor.kind === 'user' ? actor.name : null);

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
  const redirect = (out: { organisation: { id: string } }) =>
    `/boligorganisationer/${encodeURIComponent(out.organisation.id)}`;
  formRoute(app, deps, {
    url: '/boligorganisationer/ny',
    access: registryWriters,
    useCase: createOrganisation,
    toInput: (form, ctx) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      organisation: organisationInput(form.fields),
    }),
    page: (ctx, _request, state) =>
      organisationForm(
        ctx,
        state ?? {
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
    redirect,
    fieldName: withoutPrefix('organisation'),
  });

  formRoute(app, deps, {
    url: '/boligorganisationer/:id/ret',
    access: registryWriters,
    useCase: updateOrganisation,
    toInput: (form, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      id: param(request, 'id'),
      version: form.fields.version,
      organisation: organisationInput(form.fields),
    }),
    async page(ctx, request, state) {
      const out = await runUseCase(getOrganisation, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        id: param(request, 'id'),
      });
      if (state) return organisationForm(ctx, state, out.organisation);
      const { id: _id, ...fields } = out.organisation;
      // The form speaks dd-mm like the registry CSV; the organisation keeps MM-DD.
      const values = flatten({ ...fields, accountingYearEnd: formatDayMonth(fields.accountingYearEnd) });
      return organisationForm(ctx, { values, errors: [] }, out.organisation);
    },
    redirect,
    fieldName: withoutPrefix('organisation'),
  });

  registerDepartmentFormPages(app, deps);
  registerPersonFormPages(app, deps);
}
