import { z } from 'zod';
import { authorize } from '../actor.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { governanceReaders } from './access.ts';
import { yearInput } from './inputs.ts';
import { loadObligations } from './load-obligations.ts';

/** Every obligation whose period contains the year (steering year, election period, calendar year). */
export const listObligations = defineUseCase({
  name: 'listObligations',
  summary: 'List forpligtelser for et år',
  mutates: false,
  access: governanceReaders,
  input: z.object({ municipality: municipalityCode, year: yearInput }),
  async run(ctx, input) {
    authorize(ctx.actor, governanceReaders, { municipality: input.municipality });
    const loaded = await ctx.uow.read((s) => loadObligations(s, input.municipality, input.year));
    return { municipality: loaded.municipality, year: input.year, obligations: loaded.obligations };
  },
});
