import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { checkPassword } from '../../domain/auth/password-policy.ts';
import { webUrl } from '../../domain/shared/web-url.ts';
import { authorize } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { emailField, instant, nameField, optionalText, roleField } from './inputs.ts';
import { hashPassword } from './password-hash.ts';
import { sendPasswordLink } from './password-links.ts';
import { generatePassword } from './secrets.ts';
import { checkOrganisationGrant, grantForAudit, userAdmins, userForAudit } from './user-access.ts';

/**
 * Creates a local account with its first role in `municipality`. The password is either given
 * (checked against the password policy), sent as an invitation link to the outbox (`invite`),
 * or generated and returned once (the CLI prints it). OIDC users need no password at all.
 */
export const addUser = defineUseCase({
  name: 'addUser',
  summary: 'Opret en bruger med en rolle i kommunen',
  mutates: true,
  access: userAdmins,
  input: z.object({
    municipality: municipalityCode,
    email: emailField,
    name: nameField,
    role: roleField,
    organisationId: optionalText(100),
    unit: optionalText(100),
    password: z.string().max(1024).optional(),
    /** Send an invitation link (to `linkBase`/nulstil-adgangskode) instead of setting a password. */
    inviteLinkBase: webUrl().optional(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, userAdmins, { municipality: input.municipality });
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
    const generated = input.password === undefined && !input.inviteLinkBase ? generatePassword() : null;
    const plain = input.password ?? generated;
    const passwordHash = plain ? await hashPassword(plain) : null;
    const grant = {
      role: input.role,
      municipality: input.municipality,
      ...(input.role === 'organisation' && input.organisationId
        ? { organisationId: input.organisationId }
        : {}),
      ...(input.role === 'official' && input.unit ? { unit: input.unit } : {}),
    };
    return ctx.uow.write(async (s) => {
      if (!(await s.registry.getMunicipality(input.municipality))) throw notFound('Kommunen');
      if (await s.auth.findUserByEmail(input.email)) {
        throw invalidInput('Brugeren kan ikke oprettes.', [
          { field: 'email', message: 'Der findes allerede en bruger med denne e-mailadresse' },
        ]);
      }
      await checkOrganisationGrant(s, input.municipality, input.role, input.organisationId);
      const user = {
        id: `user-${randomUUID()}`,
        email: input.email,
        name: input.name,
        municipality: input.municipality,
        passwordHash,
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
        /** Only when generated here: shown once, never stored in the clear. */
        generatedPassword: generated,
        invited: Boolean(input.inviteLinkBase),
      };
    });
  },
});
