import { z } from 'zod';
import { authorize } from '../actor.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { userIdField } from './inputs.ts';
import { loadManagedUser, userAdmins } from './user-access.ts';

/**
 * One account as its municipality's administrators see it: the user, the grants there, and the
 * user's API tokens and calendar feeds (metadata only), so an administrator can revoke them.
 */
export const getUser = defineUseCase({
  name: 'getUser',
  summary: 'Vis en bruger og brugerens roller i kommunen',
  mutates: false,
  access: userAdmins,
  input: z.object({ municipality: municipalityCode, userId: userIdField }),
  async run(ctx, input) {
    authorize(ctx.actor, userAdmins, { municipality: input.municipality }, 'Brugeren');
    return ctx.uow.read(async (s) => {
      const { user, grants } = await loadManagedUser(s, input.municipality, input.userId);
      return {
        user,
        grants,
        apiTokens: await s.auth.listApiTokensOfUser(user.id),
        calendarFeeds: await s.auth.listCalendarFeeds(user.id),
        /** Deactivation is account-wide: only the account's own municipality does it. */
        mayDeactivate:
          user.active &&
          user.municipality === input.municipality &&
          !(ctx.actor.kind === 'user' && ctx.actor.id === user.id),
      };
    });
  },
});
