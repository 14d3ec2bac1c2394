/**
 * Creates a municipality (a tenant) from the official list of the 98 codes: name, address and
 * settings. The same code twice is a conflict (409 / exit code 5); a code not among the 98 is
 * refused with the reason in Danish. The new municipality has no model yet: the obligation
 * engine applies the legal floor of almenboligloven § 164 until one is adopted.
 */
import { z } from 'zod';
import { municipalityCodeProblem, officialMunicipality } from '../../domain/registry/municipality-codes.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import { webUrl } from '../../domain/shared/web-url.ts';
import { authorize } from '../actor.ts';
import { AppError } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { INSTALLATION, nationalAdmins } from './access.ts';

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(max).optional(),
  );

export const createMunicipalityInput = z.object({
  code: z
    .string({ message: 'Kommunekoden mangler' })
    .trim()
    .superRefine((code, ctx) => {
      const problem = municipalityCodeProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** Default: "<official name> Kommune". */
  name: optionalText(100).pipe(z.string().min(2, { message: 'Navn skal have mindst 2 tegn' }).optional()),
  address: optionalText(200),
  supervisingUnit: optionalText(100),
  accountsUrl: z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    webUrl('Adressen til redegørelserne').nullable(),
  ),
});

export const createMunicipality = defineUseCase({
  name: 'createMunicipality',
  summary: 'Opret en kommune i Styringsdialog',
  mutates: true,
  access: nationalAdmins,
  input: createMunicipalityInput,
  async run(ctx, input) {
    authorize(ctx.actor, nationalAdmins, INSTALLATION);
    const official = officialMunicipality(input.code);
    const municipality: Municipality = {
      code: input.code,
      name: input.name ?? `${official?.name ?? input.code} Kommune`,
      // Who supervises the organisations is the municipality's own choice; its admin sets it.
      supervisingUnit: input.supervisingUnit ?? 'Forvaltningen',
      accountsUrl: input.accountsUrl,
      bodyAbbreviations: { KB: 'Kommunalbestyrelsen' },
      accessibilityStatementUrl: null,
      privacyNoticeUrl: null,
      address: input.address ?? null,
    };
    return ctx.uow.write(async (s) => {
      if (!(await s.registry.insertMunicipality(municipality))) {
        throw new AppError(
          'conflict',
          'Kommunen findes allerede',
          `Kommune ${input.code} (${official?.name ?? ''}) er allerede oprettet i Styringsdialog.`,
          [{ field: 'code', message: `Kommune ${input.code} er allerede oprettet` }],
        );
      }
      await s.audit.append({
        municipality: municipality.code,
        action: 'create',
        entity: 'municipality',
        entityId: municipality.code,
        before: null,
        after: { ...municipality },
      });
      return { ...municipality, suspension: null };
    });
  },
});
