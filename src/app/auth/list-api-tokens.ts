import { z } from 'zod';
import { authorize } from '../actor.ts';
import { invalidInput } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { userAdmins } from './user-access.ts';

/** API tokens (never the secret): whose, label, created, expires, revoked, last used. */
export const listApiTokens = defineUseCase({
  name: 'listApiTokens',
  summary: 'List adgangsnøgler (API-tokens)',
  mutates: false,
  access: userAdmins,
  input: z.object({ municipality: municipalityCode.optional() }),
  async run(ctx, input) {
    const municipality = input.municipality ?? null;
    if (municipality === null && ctx.actor.kind !== 'system') {
      throw invalidInput('Angiv kommunen.', [{ field: 'municipality', message: 'Kommunekoden mangler' }]);
    }
    if (municipality !== null) authorize(ctx.actor, userAdmins, { municipality });
    return ctx.uow.read((s) => s.auth.listApiTokens(municipality));
  },
});
