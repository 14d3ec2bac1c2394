import { z } from 'zod';
import { listWindow } from '../../domain/open-data/list-window.ts';
import { defineUseCase } from '../use-case.ts';
import { listWindowInput, windowOf } from './inputs.ts';
import type { OpenMunicipality } from './load-open-dataset.ts';

/**
 * The municipalities on this server, as OParl Body objects for everyone (OParl 1.1 System.body).
 * Public: a municipality's name and code are public facts.
 */
export const listOpenBodies = defineUseCase({
  name: 'listOpenBodies',
  summary: 'Åbne data: kommunerne på serveren',
  mutates: false,
  access: { public: true },
  input: z.object(listWindowInput),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const [municipalities, stamps] = await Promise.all([
        s.registry.listMunicipalities(),
        s.openData.municipalityStamps(),
      ]);
      const records: (OpenMunicipality & { id: string })[] = [];
      for (const municipality of municipalities) {
        const st = stamps.get(municipality.code);
        if (st) records.push({ id: municipality.code, municipality, ...st });
      }
      return listWindow(records, windowOf(input), { page: input.page, perPage: input.limit });
    });
  },
});
