import { z } from 'zod';
import { authorize } from '../actor.ts';
import { AppError } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { instant, userIdField } from './inputs.ts';
import { loadManagedUser, userAdmins } from './user-access.ts';

/**
 * Deactivates an account at once, while the server runs (hardening issue 12, #4): the account
 * can no longer log in, and in the same transaction every session ends, every API token and
 * calendar feed is revoked and every unused password link dies. The account and its history
 * stay (the audit log names it). Only the administrators of the account's own municipality may
 * do it; an administrator cannot deactivate themself (someone must be left to undo mistakes).
 */
export const deactivateUser = defineUseCase({
  name: 'deactivateUser',
  summary: 'Deaktivér en bruger: log ud overalt og tilbagekald alle nøgler og kalenderadresser',
  mutates: true,
  access: userAdmins,
  input: z.object({ municipality: municipalityCode, userId: userIdField }),
  async run(ctx, input) {
    authorize(ctx.actor, userAdmins, { municipality: input.municipality }, 'Brugeren');
    const now = instant(ctx);
    return ctx.uow.write(async (s) => {
      const { user } = await loadManagedUser(s, input.municipality, input.userId);
      if (user.municipality !== input.municipality) {
        throw new AppError(
          'ruleViolation',
          'Brugeren administreres af en anden kommune',
          `Brugeren administreres af kommune ${user.municipality}, som kan deaktivere den. Her kan du fjerne brugerens roller i kommunen.`,
        );
      }
      if (ctx.actor.kind === 'user' && ctx.actor.id === user.id) {
        throw new AppError(
          'ruleViolation',
          'Du kan ikke deaktivere dig selv',
          'Du kan ikke deaktivere dig selv: bed en anden administrator i kommunen om at gøre det.',
        );
      }
      const wasActive = user.active;
      await s.auth.setUserActive(user.id, false);
      const sessionsEnded = await s.auth.deleteSessionsOfUser(user.id);
      const apiTokensRevoked = await s.auth.revokeApiTokensOfUser(user.id, now);
      const calendarFeedsRevoked = await s.auth.revokeCalendarFeeds(user.id, null, now);
      const passwordLinksRetired = await s.auth.retirePasswordLinks(user.id, now);
      const ended = { sessionsEnded, apiTokensRevoked, calendarFeedsRevoked, passwordLinksRetired };
      await s.audit.append({
        municipality: user.municipality,
        action: 'deactivateUser',
        entity: 'user',
        entityId: user.id,
        before: { active: wasActive },
        after: { active: false, ...ended },
      });
      return { userId: user.id, email: user.email, ...ended };
    });
  },
});
