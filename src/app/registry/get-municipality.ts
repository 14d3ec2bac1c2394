import { z } from 'zod';
import { authorize, may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { municipalityAdmins, municipalReaders } from './access.ts';
import { municipalityCode } from './inputs.ts';

/**
 * The municipality's settings: name, supervising unit, accounts URL, committee abbreviations —
 * and whether the viewer may edit them (`can.edit`, the admins of that municipality).
 */
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
      const can = { edit: may(ctx.actor, municipalityAdmins, { municipality: municipality.code }) };
      return { ...municipality, version, can };
    });
  },
});
