/**
 * One key figure entered by hand on the organisation's key figure page: for the organisation or
 * one of its departments, a steering year, a known code and a value (Danish number format).
 * Replaces the figure with the same organisation, department, year and code; audited.
 */
import { z } from 'zod';
import { figureDefinition } from '../../domain/key-figures/figure-codes.ts';
import { parseDanishNumber } from '../../domain/key-figures/parse-number.ts';
import type { KeyFigure } from '../../domain/key-figures/types.ts';
import { typeMessage } from '../../domain/shared/type-message.ts';
import { authorize } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { keyFigureWriters } from './access.ts';

const text = (missing: string) => z.string(typeMessage(missing)).max(100, { message: 'Højst 100 tegn' });

export const saveKeyFigure = defineUseCase({
  name: 'saveKeyFigure',
  summary: 'Indtast eller ret et nøgletal for en boligorganisation eller afdeling',
  mutates: true,
  access: keyFigureWriters,
  input: z.object({
    municipality: municipalityCode,
    organisationId: entityId,
    /** Empty: the organisation as a whole. */
    departmentId: text('Afdeling mangler').default(''),
    steeringYear: text('Styringsår mangler'),
    code: text('Nøgletal mangler'),
    value: text('Værdi mangler'),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, keyFigureWriters, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const organisation = await s.registry.getOrganisation(input.municipality, input.organisationId);
      if (!organisation) throw notFound('Boligorganisationen');
      const errors: { field: string; message: string }[] = [];
      const departments = await s.registry.listDepartments(organisation.id);
      const department =
        input.departmentId === '' ? null : departments.find((d) => d.id === input.departmentId);
      if (department === undefined)
        errors.push({ field: 'departmentId', message: 'Vælg organisationen eller en af dens afdelinger' });
      const year = Number(input.steeringYear.trim());
      if (!/^\d{4}$/.test(input.steeringYear.trim()) || year < 2000 || year > 2100) {
        errors.push({ field: 'steeringYear', message: 'Skriv styringsåret med fire cifre, fx 2026' });
      }
      const definition = figureDefinition(input.code);
      if (!definition) errors.push({ field: 'code', message: 'Vælg et nøgletal på listen' });
      const read = parseDanishNumber(input.value);
      if (!read.ok) errors.push({ field: 'value', message: read.message });
      else if (definition?.integer && !Number.isInteger(read.value)) {
        errors.push({ field: 'value', message: `${definition.label} skal være et helt tal` });
      } else if (read.value < 0) errors.push({ field: 'value', message: 'Værdien kan ikke være negativ' });
      if (errors.length > 0 || !definition || !read.ok) {
        throw invalidInput('Nøgletallet er ikke gemt. Ret felterne markeret nedenfor.', errors);
      }
      const figure: KeyFigure = {
        organisationId: organisation.id,
        departmentId: department?.id ?? null,
        steeringYear: year,
        code: definition.code,
        value: read.value,
        unit: definition.unit,
        source: 'manual',
      };
      const before = await s.keyFigures.upsert(input.municipality, figure);
      await s.audit.append({
        municipality: input.municipality,
        action: before ? 'keyFigure.update' : 'keyFigure.create',
        entity: 'keyFigure',
        entityId: `${organisation.id}:${department?.id ?? ''}:${year}:${definition.code}`,
        before: before ? { ...before } : null,
        after: { ...figure },
      });
      return figure;
    });
  },
});
