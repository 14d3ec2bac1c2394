import { z } from 'zod';
import { LAYOUT_PROFILES, type LayoutProfileId } from '../../importer/agenda/page-text/layout-profiles.ts';
import { actorLabel, authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseWriters } from './access.ts';

const ids = LAYOUT_PROFILES.map((p) => p.id) as [LayoutProfileId, ...LayoutProfileId[]];

/**
 * Pins the layout profile the municipality's agenda items are read with (issue 16, pt 2: a
 * profile is "chosen by detection with a score, overridable per municipality"), or clears the pin
 * (null: detect per page again). Used from the next import on; one audit entry per change, none
 * when nothing changes.
 */
export const pinLayoutProfile = defineUseCase({
  name: 'pinLayoutProfile',
  summary: 'Vælg den layoutprofil, kommunens dagsordenspunkter læses med',
  mutates: true,
  access: politicalCaseWriters,
  input: z.object({
    municipality: municipalityCode,
    layoutProfile: z.enum(ids, { message: 'Vælg en af layoutprofilerne' }).nullable(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, politicalCaseWriters, { municipality: input.municipality });
    // Asking for the pin already in place changes nothing: answered from a read, since a write
    // transaction must leave an audit entry (run-use-case.ts).
    const unchanged = await ctx.uow.read(async (s) => {
      if (!(await s.registry.getMunicipality(input.municipality))) throw notFound('Kommunen');
      const current = await s.importCorrections.getPinnedProfile(input.municipality);
      return (current?.layoutProfile ?? null) === input.layoutProfile;
    });
    if (unchanged) return { layoutProfile: input.layoutProfile, changed: false };
    return ctx.uow.write(async (s) => {
      const current = await s.importCorrections.getPinnedProfile(input.municipality);
      await s.importCorrections.setPinnedProfile(
        input.municipality,
        input.layoutProfile,
        actorLabel(ctx.actor),
      );
      await s.audit.append({
        municipality: input.municipality,
        action: input.layoutProfile === null ? 'clearImportLayoutProfile' : 'pinImportLayoutProfile',
        entity: 'importProfile',
        entityId: input.municipality,
        before: current ? { layoutProfile: current.layoutProfile } : null,
        after: input.layoutProfile === null ? null : { layoutProfile: input.layoutProfile },
      });
      return { layoutProfile: input.layoutProfile, changed: true };
    });
  },
});
