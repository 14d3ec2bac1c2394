import { z } from 'zod';
import { RESET_WINDOW_MINUTES, resetBlockedUntil } from '../../domain/auth/reset-throttle.ts';
import { AppError } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { emailField, instant } from './inputs.ts';
import { sendPasswordLink } from './password-links.ts';
import { danishClock } from './sessions.ts';

/**
 * "Forgot password": writes a one-time link to the outbox when the address belongs to an active
 * account; the new link retires any older one. The answer is the same either way, so the form
 * does not reveal who has an account. Requests are throttled per requested address and per
 * client address (domain/auth/reset-throttle.ts) — counted for unknown addresses too, so the
 * refusal reveals nothing either. (Mails wait in the outbox; SMTP sending is a later issue.)
 */
export const requestPasswordReset = defineUseCase({
  name: 'requestPasswordReset',
  summary: 'Bestil et link til en ny adgangskode',
  mutates: true,
  access: { public: true },
  input: z.object({
    email: emailField,
    linkBase: z.url(),
    ip: z.string().max(100).nullable().default(null),
  }),
  async run(ctx, input) {
    const now = instant(ctx);
    const since = new Date(now.getTime() - RESET_WINDOW_MINUTES * 60_000);
    await ctx.uow.write(async (s) => {
      const requests = await s.auth.listPasswordResetRequests({ email: input.email, ip: input.ip, since });
      const until = resetBlockedUntil(requests, now);
      if (until) {
        throw new AppError(
          'tooManyRequests',
          'For mange bestillinger',
          `Der er bestilt for mange links til en ny adgangskode. Prøv igen efter ${danishClock(until)}, ` +
            'og brug det seneste link, du har fået – de ældre virker ikke længere.',
        );
      }
      await s.auth.recordPasswordResetRequest({ email: input.email, ip: input.ip, at: now });
      const user = await s.auth.findUserByEmail(input.email);
      if (user?.active) await sendPasswordLink(s, user, 'reset', input.linkBase, now);
      await s.audit.append({
        municipality: user?.municipality ?? null,
        action: 'requestPasswordReset',
        entity: 'user',
        entityId: user?.id ?? input.email,
        before: null,
        after: { ip: input.ip, linkSent: user?.active === true },
      });
    });
    return { requested: true as const };
  },
});
