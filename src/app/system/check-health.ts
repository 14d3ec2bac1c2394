import { z } from 'zod';
import { defineUseCase } from '../use-case.ts';

/** A database round trip, for load balancers and monitoring. */
export const checkHealth = defineUseCase({
  name: 'checkHealth',
  summary: 'Tjek at systemet og databasen svarer',
  mutates: false,
  access: { public: true },
  input: z.object({}),
  async run(ctx) {
    await ctx.uow.read((s) => s.meta.ping());
    return { status: 'ok' as const };
  },
});
