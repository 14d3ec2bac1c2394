import { z } from 'zod';
import { notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { instant } from './inputs.ts';
import { signedInUsers } from './user-access.ts';

/**
 * The owner revokes one of their own API tokens — at once, while the server runs: the next
 * request with it gets 401. Someone else's token is "not found". Revoking twice is harmless.
 */
export const revokeOwnApiToken = defineUseCase({
  name: 'revokeOwnApiToken',
  summary: 'Tilbagekald en af mine adgangsnøgler (API-tokens)',
  mutates: true,
  access: signedInUsers,
  input: z.object({ id: z.coerce.number({ message: 'Nøglens id mangler' }).int().positive() }),
  async run(ctx, input) {
    const actor = ctx.actor;
    const now = instant(ctx);
    return ctx.uow.write(async (s) => {
      const token = await s.auth.getApiToken(input.id);
      if (!token || actor.kind !== 'user' || token.userId !== actor.id) throw notFound('Adgangsnøglen');
      if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt, alreadyRevoked: true };
      await s.auth.revokeApiToken(token.id, now);
      await s.audit.append({
        municipality: token.userMunicipality,
        action: 'revoke',
        entity: 'apiToken',
        entityId: String(token.id),
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString(), selfService: true },
      });
      return { id: token.id, revokedAt: now, alreadyRevoked: false };
    });
  },
});
