/**
 * The municipality's flag thresholds for the briefing: efficiency score below and vacancy above
 * which a department is flagged. A municipal setting, not law (domain/key-figures/types.ts).
 */
import { z } from 'zod';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { keyFigureWriters } from './access.ts';

const percent = (label: string) =>
  z.coerce
    .number({ message: `${label} skal være et tal` })
    .min(0, { message: `${label} skal være mellem 0 og 100` })
    .max(100, { message: `${label} skal være mellem 0 og 100` });

export const saveKeyFigureThresholds = defineUseCase({
  name: 'saveKeyFigureThresholds',
  summary: 'Sæt kommunens grænser for markering af effektivitetstal og tomgang',
  mutates: true,
  access: keyFigureWriters,
  input: z.object({
    municipality: municipalityCode,
    efficiencyBelow: percent('Grænsen for effektivitetstal'),
    vacancyAbove: percent('Grænsen for tomgang'),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, keyFigureWriters, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      if (!(await s.registry.getMunicipality(input.municipality))) throw notFound('Kommunen');
      const before = await s.keyFigures.thresholds(input.municipality);
      const after = { efficiencyBelow: input.efficiencyBelow, vacancyAbove: input.vacancyAbove };
      await s.keyFigures.saveThresholds(input.municipality, after);
      await s.audit.append({
        municipality: input.municipality,
        action: 'keyFigureThresholds.save',
        entity: 'keyFigureSetting',
        entityId: input.municipality,
        before: before ? { ...before } : null,
        after: { ...after },
      });
      return after;
    });
  },
});
