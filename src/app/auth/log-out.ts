import { z } from 'zod';
import { actorLabel } from '../actor.ts';
import { defineUseCase } from '../use-case.ts';
import { hashSecret } from './secrets.ts';

/** Ends the session of the given cookie. Logging out twice, or without a session, is fine. */
export const logOut = defineUseCase({
  name: 'logOut',
  summary: 'Log ud',
  mutates: true,
  access: { public: true },
  input: z.object({ sessionToken: z.string().max(200).nullable() }),
  async run(ctx, input) {
    if (!input.sessionToken) return { loggedOut: false };
    const idHash = hashSecret(input.sessionToken);
    const session = await ctx.uow.read((s) => s.auth.findSession(idHash));
    if (!session) return { loggedOut: false };
    return ctx.uow.write(async (s) => {
      const user = await s.auth.getUser(session.userId);
      await s.auth.deleteSession(idHash);
      await s.audit.append({
        municipality: user?.municipality ?? null,
        action: 'logout',
        entity: 'user',
        entityId: session.userId,
        actor: actorLabel({ kind: 'user', id: session.userId, name: '', grants: [] }),
        before: null,
        after: null,
      });
      return { loggedOut: true };
    });
  },
});
