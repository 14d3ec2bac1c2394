/**
 * One organisation's key figures for a steering year (/boligorganisationer/:id/noegletal): the
 * figures beside the municipal and national medians, the trends of the organisation and — when
 * one is chosen — of one department, the flags, the codes the product does not know, and what
 * the viewer may do. An organisation user sees only its own organisation (authorize()).
 */
import { z } from 'zod';
import { FIGURE_DEFINITIONS } from '../../domain/key-figures/figure-codes.ts';
import { organisationKeyFigures } from '../../domain/key-figures/key-figure-view.ts';
import { authorize, may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { yearInput } from '../governance/inputs.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { keyFigureReaders, keyFigureWriters } from './access.ts';
import { briefingDate, loadKeyFigureBasis } from './load-key-figure-basis.ts';

export const getOrganisationKeyFigures = defineUseCase({
  name: 'getOrganisationKeyFigures',
  summary: 'Vis en boligorganisations nøgletal med udvikling, medianer og markeringer',
  mutates: false,
  access: keyFigureReaders,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    year: z.unknown().optional(),
    /** A department whose trends to show; none: only the organisation's. */
    departmentId: z.string().max(100).optional(),
  }),
  async run(ctx, input) {
    authorize(
      ctx.actor,
      keyFigureReaders,
      { municipality: input.municipality, organisationId: input.id },
      'Boligorganisationen',
    );
    const parsedYear = yearInput.safeParse(input.year);
    const year = parsedYear.success ? parsedYear.data : Number(ctx.today.slice(0, 4));
    return ctx.uow.read(async (s) => {
      const [municipality, organisation] = await Promise.all([
        s.registry.getMunicipality(input.municipality),
        s.registry.getOrganisation(input.municipality, input.id),
      ]);
      if (!municipality || !organisation) throw notFound('Boligorganisationen');
      const basis = await loadKeyFigureBasis(s, input.municipality, year, briefingDate(year, ctx.today));
      const departments = await s.registry.listDepartments(organisation.id);
      const subject = {
        id: organisation.id,
        name: organisation.name,
        departments: departments.map((d) => ({ id: d.id, name: d.name, homes: d.homes })),
      };
      // The medians are taken over the active organisations; this one counts even if it is not.
      const peers = basis.organisations.some((o) => o.id === organisation.id)
        ? basis.organisations
        : [...basis.organisations, subject];
      const keyFigures = organisationKeyFigures({
        organisation: subject,
        peers,
        figures: basis.figures,
        thresholds: basis.thresholds,
        year,
        years: basis.years,
      });
      const chosen = keyFigures.departments.find((d) => d.id === input.departmentId) ?? null;
      return {
        municipality,
        organisation: { id: organisation.id, name: organisation.name },
        year,
        thresholds: basis.thresholds,
        keyFigures,
        department: chosen,
        departments: departments.map((d) => ({ id: d.id, name: d.name })),
        codes: FIGURE_DEFINITIONS.map((d) => ({ code: d.code, label: d.label, unit: d.unit })),
        /** Enter figures by hand and import files (case officers and admins of the municipality). */
        can: { edit: may(ctx.actor, keyFigureWriters, { municipality: input.municipality }) },
      };
    });
  },
});
