import { z } from 'zod';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { adminListingScope, userAdmins } from './user-access.ts';

/** API tokens (never the secret): whose, label, created, expires, revoked, last used. */
export const listApiTokens = defineUseCase({
  name: 'listApiTokens',
  summary: 'List adgangsnøgler (API-tokens)',
  mutates: false,
  access: userAdmins,
  input: z.object({ municipality: municipalityCode.optional() }),
  async run(ctx, input) {
    const municipality = adminListingScope(ctx.actor, input.municipality);
    return ctx.uow.read((s) => s.auth.listApiTokens(municipality));
  },
});
