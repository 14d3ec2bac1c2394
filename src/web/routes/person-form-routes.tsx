/**
 * The person forms (/personer/ny, /personer/:id/ret) as formRoutes: create, or change a person
 * and their roles over time. The edit form carries the version it was opened at; a save after
 * someone else's answers 412 with the Danish "someone else changed this" message (hardening #6).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.ts';
import { registryWriters } from '../../app/registry/access.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { getPerson } from '../../app/registry/list-people.ts';
import { savePerson } from '../../app/registry/save-person.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { flatten, unflatten } from '../form-data.ts';
import { formRoute, type PostedForm, withoutPrefix } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { PersonFormPage } from '../pages/registry/person-form-page.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const userName = (actor: Actor) => (actor.kind === 'user' ? actor.name : null);

/** Role rows without a chosen kind are empty rows and are dropped; municipal roles get the municipality. */
function rolesFrom(flat: Record<string, string>, municipality: string): unknown[] {
  const nested = unflatten(flat) as { roles?: Record<string, string>[] };
  return (nested.roles ?? []).filter((r) => r?.kind).map((r) => ({ ...r, municipality, to: r.to || null }));
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

function personInput(form: PostedForm, ctx: UseCaseContext, id: string | null) {
  const municipality = requireHomeMunicipality(ctx.actor);
  const f = form.fields;
  return {
    municipality,
    ...(id ? { id, version: f.version } : {}),
    person: { name: f.name, email: f.email, phone: f.phone, roles: rolesFrom(f, municipality) },
  };
}

export function registerPersonFormPages(app: FastifyInstance, deps: HttpDeps): void {
  const redirect = (person: { id: string }) => `/personer/${encodeURIComponent(person.id)}`;
  formRoute(app, deps, {
    url: '/personer/ny',
    access: registryWriters,
    useCase: savePerson,
    toInput: (form, ctx) => personInput(form, ctx, null),
    page: (ctx, _request, state) => personForm(ctx, state ?? emptyForm, null, 0),
    redirect,
    fieldName: withoutPrefix('person'),
  });

  formRoute(app, deps, {
    url: '/personer/:id/ret',
    access: registryWriters,
    useCase: savePerson,
    toInput: (form, ctx, request) => personInput(form, ctx, param(request, 'id')),
    async page(ctx, request, state) {
      const id = param(request, 'id');
      if (state) return personForm(ctx, state, { id, name: state.values.name ?? '' }, 0);
      const out = await runUseCase(getPerson, ctx, { municipality: requireHomeMunicipality(ctx.actor), id });
      const { roles, name, email, phone } = out.person;
      const values = { ...flatten({ name, email, phone, roles }), version: String(out.version) };
      return personForm(ctx, { values, errors: [] }, out.person, roles.length);
    },
    redirect,
    fieldName: withoutPrefix('person'),
  });
}
