import { z } from 'zod';
import { notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { signedInUsers } from './user-access.ts';

/**
 * "Mine adgange": the logged-in user's own credentials — API tokens (never the secret) and
 * calendar feeds — so that the owner can revoke or renew them without an administrator — and
 * whether they receive the daily reminder digest.
 */
export const getMyAccess = defineUseCase({
  name: 'getMyAccess',
  summary: 'Vis mine adgangsnøgler og kalenderadresser',
  mutates: false,
  access: signedInUsers,
  input: z.object({}),
  async run(ctx) {
    const actor = ctx.actor;
    if (actor.kind !== 'user') throw notFound('Brugeren');
    return ctx.uow.read(async (s) => {
      const user = await s.auth.getUser(actor.id);
      if (!user) throw notFound('Brugeren');
      return {
        user,
        grants: await s.auth.listGrants([user.id]),
        apiTokens: await s.auth.listApiTokensOfUser(user.id),
        calendarFeeds: await s.auth.listCalendarFeeds(user.id),
        /** The daily reminder digest (issue 13, point 8); the user switches it on /min-profil. */
        remindersEnabled: await s.reminders.remindersEnabled(user.id),
      };
    });
  },
});
