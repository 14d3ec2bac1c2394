import { z } from 'zod';
import { authorize } from '../actor.ts';
import { invalidInput } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { instant, optionalText, roleField, userIdField } from './inputs.ts';
import { checkOrganisationGrant, grantForAudit, loadManagedUser, userAdmins } from './user-access.ts';

/** Gives a user a role in the administrator's municipality (organisation roles: one organisation). */
export const grantRole = defineUseCase({
  name: 'grantRole',
  summary: 'Tildel en bruger en rolle i kommunen',
  mutates: true,
  access: userAdmins,
  input: z.object({
    municipality: municipalityCode,
    userId: userIdField,
    role: roleField,
    organisationId: optionalText(100),
    unit: optionalText(100),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, userAdmins, { municipality: input.municipality }, 'Brugeren');
    const now = instant(ctx);
    const grant = {
      role: input.role,
      municipality: input.municipality,
      ...(input.role === 'organisation' && input.organisationId
        ? { organisationId: input.organisationId }
        : {}),
      ...(input.role === 'official' && input.unit ? { unit: input.unit } : {}),
    };
    return ctx.uow.write(async (s) => {
      const { user } = await loadManagedUser(s, input.municipality, input.userId);
      await checkOrganisationGrant(s, input.municipality, input.role, input.organisationId);
      const saved = await s.auth.insertGrant(user.id, grant, now);
      if (!saved) {
        throw invalidInput('Rollen er ikke tildelt.', [
          { field: 'role', message: 'Brugeren har allerede denne rolle' },
        ]);
      }
      await s.audit.append({
        municipality: input.municipality,
        action: 'grantRole',
        entity: 'user',
        entityId: user.id,
        before: null,
        after: { grantId: saved.id, ...grantForAudit(grant) },
      });
      return saved;
    });
  },
});
