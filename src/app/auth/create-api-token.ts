import { z } from 'zod';
import { DEFAULT_TOKEN_LIFETIME, parseLifetime } from '../../domain/auth/token-lifetime.ts';
import { authorize } from '../actor.ts';
import { AppError, invalidInput, notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { emailField, instant } from './inputs.ts';
import { issueApiToken } from './issue-api-token.ts';
import { userAdmins } from './user-access.ts';

/**
 * Issues a bearer token for the API on behalf of a user: the token acts with the user's roles.
 * The token is returned once; only its SHA-256 hash is stored. Every token expires.
 */
export const createApiToken = defineUseCase({
  name: 'createApiToken',
  summary: 'Opret en adgangsnøgle (API-token) til en bruger',
  mutates: true,
  access: userAdmins,
  input: z.object({
    userEmail: emailField,
    label: z.string().trim().min(1).max(100).default('API'),
    expires: z.string().default(DEFAULT_TOKEN_LIFETIME),
  }),
  async run(ctx, input) {
    const lifetime = parseLifetime(input.expires);
    if (!lifetime.ok) throw invalidInput(lifetime.message, [{ field: 'expires', message: lifetime.message }]);
    const now = instant(ctx);
    const expiresAt = new Date(now.getTime() + lifetime.ms);
    const user = await ctx.uow.read((s) => s.auth.findUserByEmail(input.userEmail));
    if (!user) throw notFound('Brugeren');
    authorize(ctx.actor, userAdmins, { municipality: user.municipality }, 'Brugeren');
    if (!user.active) {
      throw new AppError(
        'ruleViolation',
        'Brugeren er deaktiveret',
        'Der kan ikke udstedes nøgler til en deaktiveret bruger.',
      );
    }
    return ctx.uow.write(async (s) => {
      const { id, token } = await issueApiToken(s, user, { label: input.label, createdAt: now, expiresAt });
      return { id, token, expiresAt, userEmail: user.email };
    });
  },
});
