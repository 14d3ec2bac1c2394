/**
 * Hands a new municipality over to its first administrator (national administrator): the
 * account is created when the e-mail is unknown (managed by that municipality from then on) or
 * given the admin role there when it exists. The password is given, sent as an invitation link
 * (outbox), or generated and returned once — as for addUser.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { checkPassword } from '../../domain/auth/password-policy.ts';
import { webUrl } from '../../domain/shared/web-url.ts';
import { authorize, type RoleGrant } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { emailField, instant, nameField } from '../auth/inputs.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { sendPasswordLink } from '../auth/password-links.ts';
import { generatePassword } from '../auth/secrets.ts';
import { grantForAudit, userForAudit } from '../auth/user-access.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { INSTALLATION, nationalAdmins } from './access.ts';

export const grantFirstAdmin = defineUseCase({
  name: 'grantFirstAdmin',
  summary: 'Giv kommunens første administrator adgang',
  mutates: true,
  access: nationalAdmins,
  input: z.object({
    municipality: municipalityCode,
    email: emailField,
    name: nameField,
    password: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(1024).optional()),
    inviteLinkBase: webUrl().optional(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, nationalAdmins, INSTALLATION);
    const now = instant(ctx);
    if (input.password !== undefined) {
      const problems = checkPassword(input.password, { email: input.email, name: input.name });
      if (problems.length > 0) {
        throw invalidInput(
          'Adgangskoden opfylder ikke kravene.',
          problems.map((p) => ({ field: 'password', message: p.message })),
        );
      }
    }
    const grant: RoleGrant = { role: 'admin', municipality: input.municipality };
    return ctx.uow.write(async (s) => {
      if (!(await s.registry.getMunicipality(input.municipality))) throw notFound('Kommunen');
      const existing = await s.auth.findUserByEmail(input.email);
      if (existing) {
        const added = await s.auth.insertGrant(existing.id, grant, now);
        await s.audit.append({
          municipality: input.municipality,
          action: 'grantRole',
          entity: 'user',
          entityId: existing.id,
          before: null,
          after: { grant: grantForAudit(grant), alreadyHeld: added === null },
        });
        return { user: userForAudit(existing), created: false, generatedPassword: null, invited: false };
      }
      const generated = input.password === undefined && !input.inviteLinkBase ? generatePassword() : null;
      const plain = input.password ?? generated;
      const user = {
        id: `user-${randomUUID()}`,
        email: input.email,
        name: input.name,
        municipality: input.municipality,
        passwordHash: plain ? await hashPassword(plain) : null,
        createdAt: now,
      };
      await s.auth.insertUser(user);
      await s.auth.insertGrant(user.id, grant, now);
      if (input.inviteLinkBase) await sendPasswordLink(s, user, 'invite', input.inviteLinkBase, now);
      await s.audit.append({
        municipality: input.municipality,
        action: 'create',
        entity: 'user',
        entityId: user.id,
        before: null,
        after: {
          ...userForAudit(user),
          grants: [grantForAudit(grant)],
          invited: Boolean(input.inviteLinkBase),
        },
      });
      return {
        user: userForAudit(user),
        created: true,
        /** Only when generated here: shown once, never stored in the clear. */
        generatedPassword: generated,
        invited: Boolean(input.inviteLinkBase),
      };
    });
  },
});
