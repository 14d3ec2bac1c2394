import { z } from 'zod';
import { DEFAULT_TOKEN_LIFETIME, parseLifetime } from '../../domain/auth/token-lifetime.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { instant } from './inputs.ts';
import { issueApiToken } from './issue-api-token.ts';
import { signedInUsers } from './user-access.ts';

/**
 * A logged-in user issues a bearer token for themself (an integration, a script): it acts with
 * the user's own roles, expires like every token, and is shown once; only its hash is stored.
 */
export const createOwnApiToken = defineUseCase({
  name: 'createOwnApiToken',
  summary: 'Opret en adgangsnøgle (API-token) til mig selv',
  mutates: true,
  access: signedInUsers,
  input: z.object({
    label: z
      .string({ message: 'Skriv hvad nøglen bruges til' })
      .trim()
      .min(1, { message: 'Skriv hvad nøglen bruges til' })
      .max(100, { message: 'Højst 100 tegn' }),
    expires: z.string().trim().default(DEFAULT_TOKEN_LIFETIME),
  }),
  async run(ctx, input) {
    const actor = ctx.actor;
    if (actor.kind !== 'user') throw notFound('Brugeren');
    const lifetime = parseLifetime(input.expires === '' ? DEFAULT_TOKEN_LIFETIME : input.expires);
    if (!lifetime.ok) throw invalidInput(lifetime.message, [{ field: 'expires', message: lifetime.message }]);
    const now = instant(ctx);
    const expiresAt = new Date(now.getTime() + lifetime.ms);
    return ctx.uow.write(async (s) => {
      const user = await s.auth.getUser(actor.id);
      if (!user?.active) throw notFound('Brugeren');
      const { id, token } = await issueApiToken(s, user, {
        label: input.label,
        createdAt: now,
        expiresAt,
        selfService: true,
      });
      return { id, token, expiresAt, label: input.label };
    });
  },
});
