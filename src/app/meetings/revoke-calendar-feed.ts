import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { instant } from '../auth/inputs.ts';
import { signedInUsers } from '../auth/user-access.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';

/**
 * The owner closes their calendar feed (in one municipality, or all): the secret URL answers
 * 404 from the next request. Closing a feed that is already closed is harmless.
 */
export const revokeCalendarFeed = defineUseCase({
  name: 'revokeCalendarFeed',
  summary: 'Luk min personlige kalenderadresse',
  mutates: true,
  access: signedInUsers,
  input: z.object({ municipality: municipalityCode.optional() }),
  async run(ctx, input) {
    const actor = ctx.actor;
    if (actor.kind !== 'user')
      throw new AppError('unauthenticated', 'Log ind', 'Du skal logge ind for at se dette.');
    const now = instant(ctx);
    return ctx.uow.write(async (s) => {
      const revoked = await s.auth.revokeCalendarFeeds(actor.id, input.municipality ?? null, now);
      const user = await s.auth.getUser(actor.id);
      await s.audit.append({
        municipality: input.municipality ?? user?.municipality ?? null,
        action: 'revokeCalendarFeed',
        entity: 'user',
        entityId: actor.id,
        before: null,
        after: { calendarFeedsRevoked: revoked },
      });
      return { revoked };
    });
  },
});
