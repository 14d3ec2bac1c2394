import { z } from 'zod';
import { typeMessage } from '../../domain/shared/type-message.ts';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { instant } from './inputs.ts';
import { userAdmins } from './user-access.ts';

/** Revokes an API token at once: the next request with it gets 401. Revoking twice is harmless. */
export const revokeApiToken = defineUseCase({
  name: 'revokeApiToken',
  summary: 'Tilbagekald en adgangsnøgle (API-token)',
  mutates: true,
  access: userAdmins,
  input: z.object({ id: z.coerce.number(typeMessage('Nøglens id mangler')).int().positive() }),
  async run(ctx, input) {
    const now = instant(ctx);
    const token = await ctx.uow.read((s) => s.auth.getApiToken(input.id));
    if (!token) throw notFound('Adgangsnøglen');
    authorize(ctx.actor, userAdmins, { municipality: token.userMunicipality }, 'Adgangsnøglen');
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt, alreadyRevoked: true };
    return ctx.uow.write(async (s) => {
      await s.auth.revokeApiToken(token.id, now);
      await s.audit.append({
        municipality: token.userMunicipality,
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
