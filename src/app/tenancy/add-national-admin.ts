/**
 * Makes an account a national administrator (the operator's CLI, or another national
 * administrator). A new account belongs to no municipality; an existing one keeps its grants.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { authorize, NATIONAL, type RoleGrant } from '../actor.ts';
import { checkNewPassword } from '../auth/create-local-user.ts';
import { emailField, instant, nameField } from '../auth/inputs.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { generatePassword } from '../auth/secrets.ts';
import { grantForAudit, userForAudit } from '../auth/user-access.ts';
import { defineUseCase } from '../use-case.ts';
import { INSTALLATION, nationalAdmins } from './access.ts';

export const addNationalAdmin = defineUseCase({
  name: 'addNationalAdmin',
  summary: 'Gør en bruger til national administrator',
  mutates: true,
  access: nationalAdmins,
  input: z.object({
    email: emailField,
    name: nameField,
    password: z.string().max(1024).optional(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, nationalAdmins, INSTALLATION);
    const now = instant(ctx);
    checkNewPassword(input.password, input);
    const grant: RoleGrant = { role: 'nationalAdmin', municipality: NATIONAL };
    return ctx.uow.write(async (s) => {
      const existing = await s.auth.findUserByEmail(input.email);
      let generated: string | null = null;
      let user = existing;
      if (!user) {
        generated = input.password === undefined ? generatePassword() : null;
        const record = {
          id: `user-${randomUUID()}`,
          email: input.email,
          name: input.name,
          municipality: NATIONAL,
          passwordHash: await hashPassword(input.password ?? (generated as string)),
          createdAt: now,
        };
        await s.auth.insertUser(record);
        user = { ...record, active: true, lastLoginAt: null };
      }
      await s.auth.insertGrant(user.id, grant, now);
      await s.audit.append({
        municipality: null,
        action: existing ? 'grantRole' : 'create',
        entity: 'user',
        entityId: user.id,
        before: null,
        after: { ...userForAudit(user), grants: [grantForAudit(grant)] },
      });
      return { user: userForAudit(user), created: !existing, generatedPassword: generated };
    });
  },
});
