import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { HousingOrganisation } from '../../domain/registry/types.ts';
import { checkCvrUnique, organisationCreateSchema } from '../../domain/registry/validate-organisation.ts';
import { authorize } from '../actor.ts';
import { AppError, invalidInput, notFound } from '../app-error.ts';
import { changedFields } from '../audit-diff.ts';
import type { Store } from '../ports.ts';
import { defineUseCase } from '../use-case.ts';
import { registryWriters } from './access.ts';
import { entityId, municipalityCode } from './inputs.ts';

const organisationInput = z.object({
  municipality: municipalityCode,
  organisation: organisationCreateSchema,
});

async function assertReferencesExist(
  s: Store,
  municipality: string,
  o: Omit<HousingOrganisation, 'id'>,
  id: string | null,
) {
  const others = (await s.registry.listOrganisations(municipality)).map((x) => x.organisation);
  const duplicate = checkCvrUnique({ id, cvr: o.cvr }, others);
  const errors = duplicate ? [duplicate] : [];
  if ('organisationId' in o.administeredBy) {
    const ref = o.administeredBy.organisationId;
    if (!others.some((x) => x.id === ref && x.id !== id)) {
      errors.push({
        field: 'administeredBy.organisationId',
        message: `Den administrerende organisation (${ref}) findes ikke i registeret`,
      });
    }
  }
  if (errors.length > 0) throw invalidInput('Organisationen kan ikke gemmes.', errors);
}

/** Registers a housing organisation or administration organisation. */
export const createOrganisation = defineUseCase({
  name: 'createOrganisation',
  summary: 'Opret en boligorganisation',
  mutates: true,
  access: registryWriters,
  input: organisationInput,
  async run(ctx, input) {
    authorize(ctx.actor, registryWriters, { municipality: input.municipality });
    const data = input.organisation;
    return ctx.uow.write(async (s) => {
      if (!(await s.registry.getMunicipality(input.municipality))) throw notFound('Kommunen');
      await assertReferencesExist(s, input.municipality, data, null);
      const organisation: HousingOrganisation = { id: `org-${randomUUID()}`, ...data };
      await s.registry.insertOrganisation(input.municipality, organisation);
      await s.audit.append({
        municipality: input.municipality,
        action: 'create',
        entity: 'housingOrganisation',
        entityId: organisation.id,
        before: null,
        after: { ...organisation },
      });
      return { organisation, version: 1 };
    });
  },
});

/**
 * Changes an organisation. `version` is the version the editor saw: a stale write is refused
 * (412) and nothing is overwritten.
 */
export const updateOrganisation = defineUseCase({
  name: 'updateOrganisation',
  summary: 'Ret en boligorganisation',
  mutates: true,
  access: registryWriters,
  input: organisationInput.extend({
    id: entityId,
    version: z.coerce.number({ message: 'Version mangler' }).int().min(1),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, registryWriters, { municipality: input.municipality });
    const data = input.organisation;
    return ctx.uow.write(async (s) => {
      const before = await s.registry.getOrganisation(input.municipality, input.id);
      if (!before) throw notFound('Boligorganisationen');
      await assertReferencesExist(s, input.municipality, data, input.id);
      const organisation: HousingOrganisation = { id: input.id, ...data };
      if (!(await s.registry.updateOrganisation(input.municipality, organisation, input.version))) {
        throw new AppError(
          'preconditionFailed',
          'Organisationen er ændret af en anden',
          'En anden har gemt organisationen, siden du åbnede den. Hent den igen og gentag din ændring.',
        );
      }
      const { version: _v, ...beforeFields } = before;
      await s.audit.append({
        municipality: input.municipality,
        action: 'update',
        entity: 'housingOrganisation',
        entityId: organisation.id,
        ...changedFields(beforeFields, { ...organisation }),
      });
      return { organisation, version: input.version + 1 };
    });
  },
});
