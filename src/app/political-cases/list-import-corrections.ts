import { z } from 'zod';
import { copenhagenDate } from '../../domain/shared/copenhagen-date.ts';
import { LAYOUT_PROFILES, layoutProfileById } from '../../importer/agenda/page-text/layout-profiles.ts';
import { describeRememberedCorrection } from '../../importer/agenda/remembered/remembered-correction.ts';
import { authorize, may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseWriters } from './access.ts';

/**
 * The municipality's remembered import corrections (its agenda import profile), each described
 * in Danish, for the settings list where they can be removed, and the layout profile it pinned
 * with the profiles to choose from. Only those who import see them.
 */
export const listImportCorrections = defineUseCase({
  name: 'listImportCorrections',
  summary: 'Vis de rettelser, importen husker for kommunen',
  mutates: false,
  access: politicalCaseWriters,
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    authorize(ctx.actor, politicalCaseWriters, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      const corrections = await s.importCorrections.listCorrections(input.municipality);
      const pinned = await s.importCorrections.getPinnedProfile(input.municipality);
      return {
        municipality,
        /** The layout profile the municipality pinned, or null (detected per page). */
        pinnedProfile: pinned
          ? {
              id: pinned.layoutProfile,
              name: layoutProfileById(pinned.layoutProfile)?.name ?? pinned.layoutProfile,
              pinnedOn: copenhagenDate(new Date(pinned.pinnedAt)),
            }
          : null,
        /** The profiles to choose from. */
        profiles: LAYOUT_PROFILES.map((p) => ({ id: p.id, name: p.name })),
        corrections: corrections.map((c) => ({
          id: c.id,
          kind: c.rule.kind,
          description: describeRememberedCorrection(c.rule),
          example: c.example,
          createdAt: c.createdAt,
          /** The Danish calendar day it was learned. */
          createdOn: copenhagenDate(new Date(c.createdAt)),
        })),
        can: {
          remove: may(ctx.actor, politicalCaseWriters, { municipality: input.municipality }),
          pinProfile: may(ctx.actor, politicalCaseWriters, { municipality: input.municipality }),
        },
      };
    });
  },
});
