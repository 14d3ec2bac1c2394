import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Person } from '../../domain/registry/types.ts';
import { personCreateSchema } from '../../domain/registry/validate-person.ts';
import { authorize } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { changedFields } from '../audit-diff.ts';
import { defineUseCase } from '../use-case.ts';
import { registryWriters } from './access.ts';
import { entityId, municipalityCode } from './inputs.ts';
import { staleWrite, versionInput, versionMissing } from './stale-write.ts';

/**
 * Creates a person (no id) or changes one and its roles over time (with id and the `version` the
 * editor read: a stale change is refused with 412 and nothing is overwritten).
 */
export const savePerson = defineUseCase({
  name: 'savePerson',
  summary: 'Opret eller ret en person og personens roller',
  mutates: true,
  access: registryWriters,
  input: z.object({
    municipality: municipalityCode,
    id: entityId.optional(),
    version: versionInput.optional(),
    person: personCreateSchema,
  }),
  async run(ctx, input) {
    authorize(ctx.actor, registryWriters, { municipality: input.municipality });
    if (input.id && input.version === undefined) throw versionMissing();
    return ctx.uow.write(async (s) => {
      const before = input.id ? await s.registry.getPerson(input.municipality, input.id) : null;
      if (input.id && !before) throw notFound('Personen');
      if (!before && !(await s.registry.getMunicipality(input.municipality))) throw notFound('Kommunen');
      const organisations = new Set(
        (await s.registry.listOrganisations(input.municipality)).map((o) => o.organisation.id),
      );
      const badRoles = input.person.roles.flatMap((r, i) =>
        'organisationId' in r && !organisations.has(r.organisationId)
          ? [
              {
                field: `person.roles.${i}.organisationId`,
                message: `Boligorganisationen ${r.organisationId} findes ikke i registeret`,
              },
            ]
          : [],
      );
      if (badRoles.length > 0) throw invalidInput('Personen kan ikke gemmes.', badRoles);
      if (input.person.email) {
        const same = await s.registry.findPersonByEmail(input.municipality, input.person.email);
        if (same && same.id !== input.id) {
          const message = `E-mailadressen ${input.person.email} bruges allerede af ${same.name}`;
          throw invalidInput(message, [{ field: 'person.email', message }]);
        }
      }
      const person: Person = { id: input.id ?? `person-${randomUUID()}`, ...input.person };
      if (!(await s.registry.savePerson(input.municipality, person, before ? input.version : undefined))) {
        throw staleWrite('Personen');
      }
      await s.audit.append({
        municipality: input.municipality,
        action: before ? 'update' : 'create',
        entity: 'person',
        entityId: person.id,
        ...changedFields(before ? { ...before } : null, { ...person }),
      });
      return { ...person, version: before && input.version ? input.version + 1 : 1 };
    });
  },
});
