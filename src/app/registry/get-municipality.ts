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
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      // The version an edit of the settings is based on (optimistic concurrency).
      const version =
        (await s.registry.versionsOf('municipality', [municipality.code])).get(municipality.code) ?? 1;
      return { ...municipality, version };
    });
  },
});
