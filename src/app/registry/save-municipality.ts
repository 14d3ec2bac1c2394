import { z } from 'zod';
import { webUrl } from '../../domain/shared/web-url.ts';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { changedFields } from '../audit-diff.ts';
import { defineUseCase } from '../use-case.ts';
import { municipalityAdmins } from './access.ts';
import { municipalityCode } from './inputs.ts';
import { staleWrite, versionInput } from './stale-write.ts';

export const municipalitySettingsSchema = z.object({
  name: z
    .string({ message: 'Navn mangler' })
    .trim()
    .min(2, { message: 'Navn skal have mindst 2 tegn' })
    .max(100),
  supervisingUnit: z
    .string({ message: 'Tilsynsførende enhed mangler' })
    .trim()
    .min(2, { message: 'Tilsynsførende enhed skal have mindst 2 tegn' })
    .max(100),
  accountsUrl: z.preprocess((v) => (v === '' ? null : v), webUrl('Adressen til redegørelserne').nullable()),
  bodyAbbreviations: z.record(
    z.string().regex(/^[A-ZÆØÅ]{1,6}$/, { message: 'Forkortelser skal være 1-6 store bogstaver, fx MTU' }),
    z.string().trim().min(3, { message: 'Udvalgets navn skal have mindst 3 tegn' }),
  ),
});

/**
 * Changes the municipality's settings (admins only), based on the `version` the editor read: a
 * stale change is refused with 412. The code itself never changes.
 */
export const updateMunicipality = defineUseCase({
  name: 'updateMunicipality',
  summary: 'Ret kommunens oplysninger',
  mutates: true,
  access: municipalityAdmins,
  input: z.object({
    municipality: municipalityCode,
    version: versionInput,
    settings: municipalitySettingsSchema,
  }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalityAdmins, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const before = await s.registry.getMunicipality(input.municipality);
      if (!before) throw notFound('Kommunen');
      const { isDemo, ...beforeFields } = before;
      const after = { code: before.code, ...input.settings };
      if (!(await s.registry.saveMunicipality(after, isDemo, input.version))) throw staleWrite('Kommunen');
      await s.audit.append({
        municipality: input.municipality,
        action: 'update',
        entity: 'municipality',
        entityId: before.code,
        ...changedFields({ ...beforeFields }, { ...after }),
      });
      return { ...after, version: input.version + 1 };
    });
  },
});
