import { z } from 'zod';
import { notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import type { GrantRecord } from './auth-store.ts';

/** Who am I: the logged-in user (session or API token) with their roles. */
export const getCurrentUser = defineUseCase({
  name: 'getCurrentUser',
  summary: 'Vis den bruger, der er logget ind, og brugerens roller',
  mutates: false,
  access: { roles: ['admin', 'caseOfficer', 'official', 'organisation', 'councilMember'] },
  input: z.object({}),
  async run(ctx) {
    const actor = ctx.actor;
    if (actor.kind !== 'user') throw notFound('Brugeren');
    return ctx.uow.read(async (s) => {
      const user = await s.auth.getUser(actor.id);
      if (!user) throw notFound('Brugeren');
      const grants: GrantRecord[] = await s.auth.listGrants([user.id]);
      return { user, grants };
    });
  },
});
