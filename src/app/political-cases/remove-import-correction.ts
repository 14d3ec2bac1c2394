import { z } from 'zod';
import { describeRememberedCorrection } from '../../importer/agenda/remembered/remembered-correction.ts';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseWriters } from './access.ts';

/**
 * Forgets one remembered import correction: the municipality's next imports read as if it had
 * never been taught. A correction of another municipality answers "not found".
 */
export const removeImportCorrection = defineUseCase({
  name: 'removeImportCorrection',
  summary: 'Glem en rettelse, som importen husker',
  mutates: true,
  access: politicalCaseWriters,
  input: z.object({ municipality: municipalityCode, id: z.string().min(1).max(100) }),
  async run(ctx, input) {
    authorize(ctx.actor, politicalCaseWriters, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const stored = await s.importCorrections.getCorrection(input.id);
      if (!stored || stored.municipality !== input.municipality) throw notFound('Rettelsen');
      if (!(await s.importCorrections.removeCorrection(stored.id))) throw notFound('Rettelsen');
      await s.audit.append({
        municipality: input.municipality,
        action: 'forgetImportCorrection',
        entity: 'importCorrection',
        entityId: stored.id,
        before: {
          ...stored.rule,
          description: describeRememberedCorrection(stored.rule),
          example: stored.example,
        },
        after: null,
      });
      return { id: stored.id };
    });
  },
});
