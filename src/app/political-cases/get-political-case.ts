import { z } from 'zod';
import { may } from '../actor.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseReaders, politicalCaseWriters } from './access.ts';
import { modelsAdoptedBy, readablePoliticalCase } from './load-political-case.ts';

/**
 * One political case with where it came from, its import report, the model versions it adopted,
 * and the municipality's model versions (to link the case to the one it adopted).
 * `municipality` may be left out (the CLI's `cases export ID`): the case's own is then used.
 */
export const getPoliticalCase = defineUseCase({
  name: 'getPoliticalCase',
  summary: 'Vis en politisk sag',
  mutates: false,
  access: politicalCaseReaders,
  input: z.object({ municipality: municipalityCode.optional(), id: entityId }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const { found, municipality } = await readablePoliticalCase(s, ctx.actor, input.id, input.municipality);
      const models = (await s.governance.listModelVersions(found.municipality)).map((v) => v.model);
      return {
        municipality,
        politicalCase: found,
        adoptedModels: modelsAdoptedBy(found.id, models),
        modelVersions: models.map((m) => ({
          modelId: m.id,
          version: m.version,
          name: m.name,
          validFrom: m.validFrom,
          decisionDate: m.legalBasis.decisionDate,
          caseNumber: m.legalBasis.caseNumber,
          politicalCaseId: m.legalBasis.politicalCaseId,
        })),
        /** Link the case to the model version it adopted: case officers and admins, when there is one. */
        can: {
          linkModel:
            models.length > 0 && may(ctx.actor, politicalCaseWriters, { municipality: found.municipality }),
        },
      };
    });
  },
});
