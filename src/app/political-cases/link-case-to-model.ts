import { z } from 'zod';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseWriters } from './access.ts';
import { politicalCaseInReach } from './load-political-case.ts';

/**
 * Records that a political case is the legal basis of a governance model version: sets the
 * version's legalBasis.politicalCaseId (or clears it with `unlink`). The model's rules are not
 * touched; the audit entry names the version and the case before and after.
 */
export const linkCaseToModel = defineUseCase({
  name: 'linkCaseToModel',
  summary: 'Knyt en politisk sag til den version af styringsmodellen, den vedtog',
  mutates: true,
  access: politicalCaseWriters,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    modelId: entityId,
    version: z.coerce
      .number({ message: 'Versionen skal være et tal' })
      .int({ message: 'Versionen skal være et helt tal' })
      .min(1, { message: 'Versionen skal være 1 eller større' }),
    unlink: z.boolean().default(false),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, politicalCaseWriters, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      await politicalCaseInReach(s, ctx.actor, politicalCaseWriters, input.id, input.municipality);
      const version = (await s.governance.listModelVersions(input.municipality))
        .map((v) => v.model)
        .find((m) => m.id === input.modelId && m.version === input.version);
      if (!version) throw notFound('Styringsmodellens version');
      const before = version.legalBasis.politicalCaseId;
      const after = input.unlink ? (before === input.id ? null : before) : input.id;
      await s.politicalCases.setModelPoliticalCase(input.municipality, input.modelId, input.version, after);
      await s.audit.append({
        municipality: input.municipality,
        action: input.unlink ? 'unlinkPoliticalCase' : 'linkPoliticalCase',
        entity: 'governanceModel',
        entityId: `${input.modelId}#${input.version}`,
        before: { politicalCaseId: before },
        after: { politicalCaseId: after },
      });
      return { modelId: input.modelId, version: input.version, politicalCaseId: after };
    });
  },
});
