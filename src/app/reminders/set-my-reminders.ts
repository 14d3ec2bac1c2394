/**
 * A user switches their own daily reminder digest off or on (/min-profil). The digest job reads
 * the choice (run-reminder-digest.ts); nobody else can change it for them.
 */
import { z } from 'zod';
import { notFound } from '../app-error.ts';
import { signedInUsers } from '../auth/user-access.ts';
import { defineUseCase } from '../use-case.ts';

export const setMyReminders = defineUseCase({
  name: 'setMyReminders',
  summary: 'Slå mine daglige påmindelser til eller fra',
  mutates: true,
  access: signedInUsers,
  input: z.object({
    enabled: z.preprocess(
      (v) => (v === 'true' || v === 'on' || v === '1' ? true : v === 'false' || v === '0' ? false : v),
      z.boolean({ message: 'Vælg, om du vil have påmindelser' }),
    ),
  }),
  async run(ctx, input): Promise<{ enabled: boolean }> {
    const actor = ctx.actor;
    if (actor.kind !== 'user') throw notFound('Brugeren');
    return ctx.uow.write(async (s) => {
      const user = await s.auth.getUser(actor.id);
      if (!user) throw notFound('Brugeren');
      const before = await s.reminders.remindersEnabled(actor.id);
      await s.reminders.setRemindersEnabled(actor.id, input.enabled);
      await s.audit.append({
        municipality: user.municipality,
        action: 'user.reminders',
        entity: 'user',
        entityId: actor.id,
        before: { remindersEnabled: before },
        after: { remindersEnabled: input.enabled },
      });
      return { enabled: input.enabled };
    });
  },
});
