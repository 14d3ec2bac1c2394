import { z } from 'zod';
import { authorize, may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseReaders, politicalCaseWriters } from './access.ts';
import { modelsAdoptedBy } from './load-political-case.ts';

/** The municipality's political cases, newest import first, each with the models it adopted. */
export const listPoliticalCases = defineUseCase({
  name: 'listPoliticalCases',
  summary: 'List kommunens politiske sager',
  mutates: false,
  access: politicalCaseReaders,
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    authorize(ctx.actor, politicalCaseReaders, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      const [cases, versions] = await Promise.all([
        s.politicalCases.listCases(input.municipality),
        s.governance.listModelVersions(input.municipality),
      ]);
      const models = versions.map((v) => v.model);
      return {
        municipality,
        cases: cases.map((c) => ({ ...c, adoptedModels: modelsAdoptedBy(c.id, models) })),
        /** Import agenda items and draft the orientation (case officers and admins). */
        can: { import: may(ctx.actor, politicalCaseWriters, { municipality: input.municipality }) },
      };
    });
  },
});
