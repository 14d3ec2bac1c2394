import { z } from 'zod';
import { defineUseCase } from '../use-case.ts';

/** The stored election periods (public: they are a matter of law, not of any municipality). */
export const listElectionPeriods = defineUseCase({
  name: 'listElectionPeriods',
  summary: 'List valgperioder',
  mutates: false,
  access: { public: true },
  input: z.object({}),
  async run(ctx) {
    return ctx.uow.read((s) => s.registry.listElectionPeriods());
  },
});
