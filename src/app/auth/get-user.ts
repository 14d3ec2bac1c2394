import { z } from 'zod';
import { authorize } from '../actor.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { userIdField } from './inputs.ts';
import { loadManagedUser, userAdmins } from './user-access.ts';

/** One account as its municipality's administrators see it: the user and the grants there. */
export const getUser = defineUseCase({
  name: 'getUser',
  summary: 'Vis en bruger og brugerens roller i kommunen',
  mutates: false,
  access: userAdmins,
  input: z.object({ municipality: municipalityCode, userId: userIdField }),
  async run(ctx, input) {
    authorize(ctx.actor, userAdmins, { municipality: input.municipality }, 'Brugeren');
    return ctx.uow.read((s) => loadManagedUser(s, input.municipality, input.userId));
  },
});
