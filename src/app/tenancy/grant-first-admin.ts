/**
 * Hands a new municipality over to its first administrator (national administrator): the
 * account is created when the e-mail is unknown (managed by that municipality from then on) or
 * given the admin role there when it exists. The password is given, sent as an invitation link
 * (outbox), or generated and returned once — as for addUser (both create through createLocalUser).
 */
import { z } from 'zod';
import { webUrl } from '../../domain/shared/web-url.ts';
import { authorize, type RoleGrant } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { checkNewPassword, createLocalUser } from '../auth/create-local-user.ts';
import { emailField, instant, nameField } from '../auth/inputs.ts';
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
    checkNewPassword(input.password, input);
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
      return { ...(await createLocalUser(s, input, grant, now)), created: true };
    });
  },
});
