import { z } from 'zod';
import { actorLabel } from '../actor.ts';
import { AppError } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { emailField, instant } from './inputs.ts';
import { openSession, refuseIfSuspended } from './sessions.ts';

/**
 * Opens a session for a user whom the municipality's OpenID Connect provider (e.g. Entra ID)
 * has authenticated. The provider proves who it is; what the person may do is decided here:
 * the e-mail must belong to an active local user, whose grants are managed in Styringsdialog.
 * The edge (http/auth/oidc.ts) has verified the ID token, state, nonce and PKCE before calling.
 */
export const logInWithOidc = defineUseCase({
  name: 'logInWithOidc',
  summary: 'Log ind med kommunens login (OpenID Connect)',
  mutates: true,
  access: { public: true },
  input: z.object({
    email: emailField,
    issuer: z.string().max(500),
    subject: z.string().max(500),
    ip: z.string().max(100).nullable().default(null),
  }),
  async run(ctx, input) {
    const now = instant(ctx);
    const user = await ctx.uow.read((s) => s.auth.findUserByEmail(input.email));
    if (!user?.active) {
      throw new AppError(
        'forbidden',
        'Ingen adgang til Styringsdialog',
        `Du er logget ind hos kommunen som ${input.email}, men der er ingen aktiv bruger med den ` +
          'e-mailadresse i Styringsdialog. Kontakt kommunens administrator af Styringsdialog.',
      );
    }
    refuseIfSuspended(await ctx.uow.read((s) => s.auth.listGrants([user.id])));
    return ctx.uow.write(async (s) => {
      await s.auth.recordLoginAttempt({ email: input.email, ip: input.ip, at: now, outcome: 'success' });
      await s.auth.setLastLogin(user.id, now);
      const session = await openSession(s, user.id, now);
      await s.audit.append({
        municipality: user.municipality,
        action: 'login',
        entity: 'user',
        entityId: user.id,
        actor: actorLabel({ kind: 'user', id: user.id, name: user.name, grants: [] }),
        before: null,
        after: { method: 'oidc', issuer: input.issuer, subject: input.subject, ip: input.ip },
      });
      return { ...session, user: { id: user.id, name: user.name } };
    });
  },
});
