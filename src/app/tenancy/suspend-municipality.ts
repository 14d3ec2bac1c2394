/**
 * Suspends a municipality or lifts its suspension (national administrator). While suspended,
 * its users' grants give no access (app/auth/sessions.ts) and they cannot sign in; its public
 * pages say that it is suspended instead of showing its accounts. Nothing is deleted.
 */
import { z } from 'zod';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { instant } from '../auth/inputs.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { INSTALLATION, nationalAdmins } from './access.ts';

export const setMunicipalitySuspension = defineUseCase({
  name: 'setMunicipalitySuspension',
  summary: 'Suspendér en kommune eller ophæv suspenderingen',
  mutates: true,
  access: nationalAdmins,
  input: z.object({
    municipality: municipalityCode,
    suspended: z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean()),
    reason: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
      z.string().trim().max(500).nullable().default(null),
    ),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, nationalAdmins, INSTALLATION);
    const at = instant(ctx);
    return ctx.uow.write(async (s) => {
      const before = await s.registry.getMunicipality(input.municipality);
      if (!before) throw notFound('Kommunen');
      const suspension = input.suspended ? { at, reason: input.reason } : null;
      await s.registry.setMunicipalitySuspension(input.municipality, suspension);
      await s.audit.append({
        municipality: input.municipality,
        action: input.suspended ? 'suspend' : 'resume',
        entity: 'municipality',
        entityId: input.municipality,
        before: { suspension: before.suspension ?? null },
        after: { suspension: suspension ? { since: at.toISOString(), reason: input.reason } : null },
      });
      return {
        code: input.municipality,
        suspension: suspension ? { since: at.toISOString(), reason: input.reason } : null,
      };
    });
  },
});
