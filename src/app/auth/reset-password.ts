import { z } from 'zod';
import { checkPassword } from '../../domain/auth/password-policy.ts';
import { typeMessage } from '../../domain/shared/type-message.ts';
import { invalidInput } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { instant } from './inputs.ts';
import { hashPassword } from './password-hash.ts';
import { hashSecret } from './secrets.ts';

function expiredLink() {
  return invalidInput('Linket virker ikke længere.', [
    {
      field: 'token',
      message: 'Linket er udløbet eller allerede brugt. Bestil et nyt link under "Glemt adgangskode".',
    },
  ]);
}

/**
 * Sets a new password from a one-time link (reset or invitation). The link is used up, and
 * every open session of the user ends: whoever knew the old password is logged out.
 */
export const resetPassword = defineUseCase({
  name: 'resetPassword',
  summary: 'Vælg en ny adgangskode via et engangslink',
  mutates: true,
  access: { public: true },
  input: z.object({
    token: z.string(typeMessage('Linket mangler')).min(1, { message: 'Linket mangler' }).max(200),
    password: z.string(typeMessage('Skriv en adgangskode')).max(1024),
  }),
  async run(ctx, input) {
    const now = instant(ctx);
    const tokenHash = hashSecret(input.token);
    const found = await ctx.uow.read(async (s) => {
      const link = await s.auth.findPasswordLink(tokenHash);
      const user = link ? await s.auth.getUser(link.userId) : null;
      return link && user ? { link, user } : null;
    });
    if (
      !found ||
      found.link.usedAt ||
      found.link.expiresAt.getTime() <= now.getTime() ||
      !found.user.active
    ) {
      throw expiredLink();
    }
    const { link, user } = found;
    const problems = checkPassword(input.password, { email: user.email, name: user.name });
    if (problems.length > 0) {
      throw invalidInput(
        'Adgangskoden opfylder ikke kravene.',
        problems.map((p) => ({ field: 'password', message: p.message })),
      );
    }
    const passwordHash = await hashPassword(input.password);
    return ctx.uow.write(async (s) => {
      // Re-read inside the transaction: two tabs submitting the same link must not both succeed.
      const again = await s.auth.findPasswordLink(tokenHash);
      if (!again || again.usedAt) throw expiredLink();
      await s.auth.markPasswordLinkUsed(link.id, now);
      await s.auth.setPassword(user.id, passwordHash);
      const ended = await s.auth.deleteSessionsOfUser(user.id);
      await s.audit.append({
        municipality: user.municipality,
        action: link.purpose === 'invite' ? 'setInitialPassword' : 'resetPassword',
        entity: 'user',
        entityId: user.id,
        before: null,
        after: { sessionsEnded: ended },
      });
      return { email: user.email };
    });
  },
});
