import { z } from 'zod';
import { diffModels, type ModelChange } from '../../domain/governance-model/diff-models.ts';
import { validateModel, validateModelHistory } from '../../domain/governance-model/validate-model.ts';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { governanceReaders } from './access.ts';

/**
 * Every version of the municipality's governance model, oldest first, each with its rule
 * findings and the changes from the version before it (for the side-by-side view).
 */
export const listModels = defineUseCase({
  name: 'listModels',
  summary: 'Vis styringsmodellens versioner med forskelle og beslutningsgrundlag',
  mutates: false,
  access: governanceReaders,
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    authorize(ctx.actor, governanceReaders, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      const stored = await s.governance.listModelVersions(input.municipality);
      const versions = stored.map((v, i) => {
        const previous = stored[i - 1];
        const changes: ModelChange[] = previous ? diffModels(previous.model, v.model) : [];
        return { ...v, findings: validateModel(v.model), changes };
      });
      return { municipality, versions, historyFindings: validateModelHistory(stored.map((v) => v.model)) };
    });
  },
});
