import { z } from 'zod';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { adminListingScope, userAdmins } from './user-access.ts';

/**
 * The accounts a municipality's administrators manage, each with its grants in that
 * municipality. The CLI operator (system) may leave out the municipality to see every account.
 */
export const listUsers = defineUseCase({
  name: 'listUsers',
  summary: 'List brugere og deres roller',
  mutates: false,
  access: userAdmins,
  input: z.object({ municipality: municipalityCode.optional() }),
  async run(ctx, input) {
    const municipality = adminListingScope(ctx.actor, input.municipality);
    return ctx.uow.read(async (s) => {
      const users = await s.auth.listUsers(municipality);
      const grants = await s.auth.listGrants(users.map((u) => u.id));
      return users.map((user) => ({
        user,
        grants: grants.filter(
          (g) => g.userId === user.id && (municipality === null || g.municipality === municipality),
        ),
      }));
    });
  },
});
