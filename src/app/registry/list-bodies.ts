import { z } from 'zod';
import type { BodyMembership } from '../../domain/registry/types.ts';
import { compareDanish } from '../../domain/shared/danish-order.ts';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { municipalReaders } from './access.ts';
import { municipalityCode } from './inputs.ts';

const ROLE_RANK: Record<BodyMembership['role'], number> = { chair: 0, viceChair: 1, member: 2 };

/** Political bodies (council, committees) with their members per election period. */
export const listBodies = defineUseCase({
  name: 'listBodies',
  summary: 'List politiske udvalg og medlemmer pr. valgperiode',
  mutates: false,
  access: municipalReaders,
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalReaders, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      const [bodies, memberships, persons, periods] = await Promise.all([
        s.registry.listBodies(input.municipality),
        s.registry.listMemberships(input.municipality),
        s.registry.listPersons(input.municipality),
        s.registry.listElectionPeriods(),
      ]);
      const nameOf = new Map(persons.map((p) => [p.id, p.name]));
      return {
        municipality,
        periods,
        bodies: bodies.map((b) => ({
          body: b,
          members: memberships
            .filter((m) => m.bodyId === b.id)
            .map((m) => ({ ...m, name: nameOf.get(m.personId) ?? m.personId }))
            // Chair, vice chair, then the members in Danish alphabetical order.
            .sort((x, y) => ROLE_RANK[x.role] - ROLE_RANK[y.role] || compareDanish(x.name, y.name)),
        })),
      };
    });
  },
});
