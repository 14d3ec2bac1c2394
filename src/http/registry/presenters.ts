/**
 * Registry response shapes: explicit whitelists of the fields that leave the server.
 */
import { z } from 'zod';
import type { OrganisationSummary } from '../../app/registry/registry-store.ts';
import type { Municipality } from '../../domain/registry/types.ts';

export const municipalityResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    supervisingUnit: z.string(),
    accountsUrl: z.string().nullable(),
  })
  .meta({ id: 'Municipality' });

export function presentMunicipality(m: Municipality): z.input<typeof municipalityResponse> {
  return { code: m.code, name: m.name, supervisingUnit: m.supervisingUnit, accountsUrl: m.accountsUrl };
}

export const organisationListItem = z
  .object({
    id: z.string(),
    name: z.string(),
    cvr: z.string(),
    lbfNumber: z.string().nullable(),
    kind: z.enum(['housingOrganisation', 'administrationOrganisation']),
    seatMunicipality: z.string(),
    accountingYearEnd: z.string(),
    activeFrom: z.string(),
    activeTo: z.string().nullable(),
    active: z.boolean(),
    departments: z.number().int(),
    homes: z.number().int(),
  })
  .meta({ id: 'OrganisationListItem' });

export function presentOrganisationListItem(
  s: OrganisationSummary,
  today: string,
): z.input<typeof organisationListItem> {
  const o = s.organisation;
  return {
    id: o.id,
    name: o.name,
    cvr: o.cvr,
    lbfNumber: o.lbfNumber,
    kind: o.kind,
    seatMunicipality: o.seatMunicipality,
    accountingYearEnd: o.accountingYearEnd,
    activeFrom: o.activeFrom,
    activeTo: o.activeTo,
    active: o.activeFrom <= today && (o.activeTo === null || today <= o.activeTo),
    departments: s.departments,
    homes: s.homes,
  };
}
