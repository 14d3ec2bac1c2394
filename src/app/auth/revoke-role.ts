import { z } from 'zod';
import { typeMessage } from '../../domain/shared/type-message.ts';
import { authorize } from '../actor.ts';
import { AppError, notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { userIdField } from './inputs.ts';
import { grantForAudit, loadManagedUser, userAdmins } from './user-access.ts';

/**
 * Takes a role away. Takes effect at the user's next request (grants are read per request).
 * An administrator cannot remove their own administrator role, so a municipality is never left
 * without anyone who can manage it by a slip of the mouse.
 */
export const revokeRole = defineUseCase({
  name: 'revokeRole',
  summary: 'Fjern en rolle fra en bruger',
  mutates: true,
  access: userAdmins,
  input: z.object({
    municipality: municipalityCode,
    userId: userIdField,
    grantId: z.coerce.number(typeMessage('Rolle-id mangler')).int().positive(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, userAdmins, { municipality: input.municipality }, 'Brugeren');
    return ctx.uow.write(async (s) => {
      const { user, grants } = await loadManagedUser(s, input.municipality, input.userId);
      const grant = grants.find((g) => g.id === input.grantId);
      if (!grant) throw notFound('Rollen');
      if (ctx.actor.kind === 'user' && ctx.actor.id === user.id && grant.role === 'admin') {
        throw new AppError(
          'ruleViolation',
          'Du kan ikke fjerne din egen administratorrolle',
          'Du kan ikke fjerne din egen administratorrolle: bed en anden administrator om det, så kommunen ikke står uden administrator.',
        );
      }
      await s.auth.deleteGrant(grant.id);
      await s.audit.append({
        municipality: input.municipality,
        action: 'revokeRole',
        entity: 'user',
        entityId: user.id,
        before: { grantId: grant.id, ...grantForAudit(grant) },
        after: null,
      });
      return { revoked: grant.id };
    });
  },
});
