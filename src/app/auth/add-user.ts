import { z } from 'zod';
import { webUrl } from '../../domain/shared/web-url.ts';
import { authorize, type RoleGrant } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { checkNewPassword, createLocalUser } from './create-local-user.ts';
import { emailField, instant, nameField, optionalText, roleField } from './inputs.ts';
import { checkOrganisationGrant, userAdmins } from './user-access.ts';

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
    checkNewPassword(input.password, input);
    const grant: RoleGrant = {
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
      return createLocalUser(s, input, grant, now);
    });
  },
});
