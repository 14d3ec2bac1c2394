import { z } from 'zod';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { municipalReaders } from './access.ts';
import { municipalityCode } from './inputs.ts';

/** The municipality's settings: name, supervising unit, accounts URL, committee abbreviations. */
export const getMunicipality = defineUseCase({
  name: 'getMunicipality',
  summary: 'Vis kommunens oplysninger',
  mutates: false,
  access: municipalReaders,
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalReaders, { municipality: input.municipality });
    const municipality = await ctx.uow.read((s) => s.registry.getMunicipality(input.municipality));
    if (!municipality) throw notFound('Kommunen');
    return municipality;
  },
});
