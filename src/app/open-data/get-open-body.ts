import { z } from 'zod';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { loadOpenDataset, loadOpenMunicipality } from './load-open-dataset.ts';

/** One municipality as an OParl Body, with its election periods (embedded in OParl's Body). */
export const getOpenBody = defineUseCase({
  name: 'getOpenBody',
  summary: 'Åbne data: en kommune',
  mutates: false,
  access: { public: true },
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const owner = await loadOpenMunicipality(s, input.municipality);
      if (!owner) throw notFound('Kommunen');
      const dataset = await loadOpenDataset(s, owner, ctx.today);
      return { ...owner, terms: dataset.terms };
    });
  },
});
