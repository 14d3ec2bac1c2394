import { z } from 'zod';
import { notFound } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { loadOpenDataset, loadOpenMunicipality } from './load-open-dataset.ts';

/**
 * One public record of a municipality by its list and id. Anything not public is "not found",
 * exactly like something that does not exist.
 */
export const getOpenDataObject = defineUseCase({
  name: 'getOpenDataObject',
  summary: 'Åbne data: én offentlig oplysning',
  mutates: false,
  access: { public: true },
  input: z.object({
    municipality: municipalityCode,
    kind: z.enum([
      'organization',
      'person',
      'membership',
      'legislativeTerm',
      'meeting',
      'paper',
      'agreement',
      'obligation',
    ]),
    id: entityId.max(300),
  }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const owner = await loadOpenMunicipality(s, input.municipality);
      if (!owner) throw notFound('Oplysningen');
      const d = await loadOpenDataset(s, owner, ctx.today, input.kind === 'obligation');
      const code = owner.municipality.code;
      const find = <T extends { id: string }>(list: T[]): T => {
        const found = list.find((r) => r.id === input.id);
        if (!found) throw notFound('Oplysningen');
        return found;
      };
      switch (input.kind) {
        case 'organization':
          return { municipality: code, kind: input.kind, record: find(d.organisations) };
        case 'person':
          return { municipality: code, kind: input.kind, record: find(d.people) };
        case 'membership':
          return { municipality: code, kind: input.kind, record: find(d.memberships) };
        case 'legislativeTerm':
          return { municipality: code, kind: input.kind, record: find(d.terms) };
        case 'meeting':
          return { municipality: code, kind: input.kind, record: find(d.meetings) };
        case 'paper':
          return { municipality: code, kind: input.kind, record: find(d.papers) };
        case 'agreement':
          return { municipality: code, kind: input.kind, record: find(d.agreements) };
        case 'obligation':
          return { municipality: code, kind: input.kind, record: find(d.obligations) };
      }
    });
  },
});
