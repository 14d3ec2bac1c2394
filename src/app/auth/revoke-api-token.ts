import { z } from 'zod';
import { typeMessage } from '../../domain/shared/type-message.ts';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { instant } from './inputs.ts';
import { userAdmins, userVisibleIn } from './user-access.ts';

/**
 * Revokes an API token at once: the next request with it gets 401. Revoking twice is harmless.
 * With `municipality` (pages, API) the token's user must be one that municipality manages;
 * without it (the operator's CLI) the user's own municipality decides.
 */
export const revokeApiToken = defineUseCase({
  name: 'revokeApiToken',
  summary: 'Tilbagekald en adgangsnøgle (API-token)',
  mutates: true,
  access: userAdmins,
  input: z.object({
    id: z.coerce.number(typeMessage('Nøglens id mangler')).int().positive(),
    municipality: municipalityCode.optional(),
  }),
  async run(ctx, input) {
    const now = instant(ctx);
    const municipality = input.municipality;
    if (municipality) authorize(ctx.actor, userAdmins, { municipality }, 'Adgangsnøglen');
    const found = await ctx.uow.read(async (s) => {
      const token = await s.auth.getApiToken(input.id);
      const user = token ? await s.auth.getUser(token.userId) : null;
      return token && user ? { token, user, grants: await s.auth.listGrants([user.id]) } : null;
    });
    if (!found || (municipality && !userVisibleIn(found.user, found.grants, municipality)))
      throw notFound('Adgangsnøglen');
    const token = found.token;
    authorize(
      ctx.actor,
      userAdmins,
      { municipality: municipality ?? token.userMunicipality },
      'Adgangsnøglen',
    );
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt, alreadyRevoked: true };
    return ctx.uow.write(async (s) => {
      await s.auth.revokeApiToken(token.id, now);
      await s.audit.append({
        municipality: municipality ?? token.userMunicipality,
        action: 'revoke',
        entity: 'apiToken',
        entityId: String(token.id),
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString() },
      });
      return { id: token.id, revokedAt: now, alreadyRevoked: false };
    });
  },
});
