import { z } from 'zod';
import { defineUseCase } from '../use-case.ts';

/** The municipalities this installation serves (public: names and codes only). */
export const listMunicipalities = defineUseCase({
  name: 'listMunicipalities',
  summary: 'List kommuner',
  mutates: false,
  access: { public: true },
  input: z.object({}),
  async run(ctx) {
    return ctx.uow.read((s) => s.registry.listMunicipalities());
  },
});
