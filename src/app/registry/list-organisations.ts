import { z } from 'zod';
import { isActiveOn } from '../../domain/registry/active.ts';
import { slicePage } from '../../domain/shared/paging.ts';
import { may, organisationScope } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { pagingInput } from '../paging-input.ts';
import { defineUseCase } from '../use-case.ts';
import { registryReaders, registryWriters } from './access.ts';
import { municipalityCode } from './inputs.ts';

/**
 * The municipality's housing organisations with department and home counts, in Danish
 * alphabetical order (the store's order). An organisation user sees only its own organisation.
 * With `limit`, one page of them (`paging`); `summary` counts the whole list.
 */
export const listOrganisations = defineUseCase({
  name: 'listOrganisations',
  summary: 'List boligorganisationer med antal afdelinger og boliger',
  mutates: false,
  access: registryReaders,
  input: z.object({ municipality: municipalityCode, ...pagingInput }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      const scope = organisationScope(ctx.actor, input.municipality);
      if (!municipality || (Array.isArray(scope) && scope.length === 0)) throw notFound('Kommunen');
      const all = await s.registry.listOrganisations(input.municipality);
      const byId = new Map(all.map((o) => [o.organisation.id, o.organisation]));
      const organisations = (
        scope === 'all' ? all : all.filter((o) => scope.includes(o.organisation.id))
      ).map((o) => {
        const a = o.organisation.administeredBy;
        const administrator = 'organisationId' in a ? (byId.get(a.organisationId) ?? null) : null;
        return {
          ...o,
          active: isActiveOn(o.organisation, ctx.today),
          /** The administering organisation's name and CVR (also for a viewer who sees only this one). */
          administrator: administrator && { name: administrator.name, cvr: administrator.cvr },
        };
      });
      const active = organisations.filter((o) => o.active);
      const page = slicePage(organisations, input);
      return {
        municipality,
        organisations: page.items,
        paging: page.paging,
        /** Active organisations and their homes, over the whole list. */
        summary: { active: active.length, homes: active.reduce((sum, o) => sum + o.homes, 0) },
        /** Change the registry (case officers and admins of the municipality). */
        can: { edit: may(ctx.actor, registryWriters, { municipality: input.municipality }) },
      };
    });
  },
});
