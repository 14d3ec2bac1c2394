import { z } from 'zod';
import { defineUseCase } from '../use-case.ts';
import { emailField, instant } from './inputs.ts';
import { sendPasswordLink } from './password-links.ts';

/**
 * "Forgot password": writes a one-time link to the outbox when the address belongs to an active
 * account. The answer is the same either way, so the form does not reveal who has an account.
 * (Mails wait in the outbox; SMTP sending is a later issue.)
 */
export const requestPasswordReset = defineUseCase({
  name: 'requestPasswordReset',
  summary: 'Bestil et link til en ny adgangskode',
  mutates: true,
  access: { public: true },
  input: z.object({ email: emailField, linkBase: z.url() }),
  async run(ctx, input) {
    const now = instant(ctx);
    const user = await ctx.uow.read((s) => s.auth.findUserByEmail(input.email));
    if (!user?.active) return { requested: true as const };
    await ctx.uow.write(async (s) => {
      await sendPasswordLink(s, user, 'reset', input.linkBase, now);
      await s.audit.append({
        municipality: user.municipality,
        action: 'requestPasswordReset',
        entity: 'user',
        entityId: user.id,
        before: null,
        after: null,
      });
    });
    return { requested: true as const };
  },
});
