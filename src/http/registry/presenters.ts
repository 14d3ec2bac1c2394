/**
 * Registry response shapes: explicit whitelists of the fields that leave the server.
 */
import { z } from 'zod';
import type { OrganisationSummary } from '../../app/registry/registry-store.ts';
import type { Department, HousingOrganisation, Municipality, Person } from '../../domain/registry/types.ts';
import { formatDayMonth } from '../../domain/shared/date-input.ts';
import type { Finding } from '../../domain/shared/finding.ts';

/** Written dd-mm like every other carrier (form, registry CSV); requests take the same. */
const accountingYearEndField = z.string().meta({
  description: 'Regnskabsårets sidste dag som dd-mm, fx 31-12 eller 31-03',
  example: '31-12',
});

export const municipalityResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    supervisingUnit: z.string(),
    accountsUrl: z.string().nullable(),
    /** The version an edit must name (If-Match / `version`); absent in lists. */
    version: z.number().int().optional(),
  })
  .meta({ id: 'Municipality' });

/** The stored version, when the use case returned one (optimistic concurrency). */
const versionOf = (x: object) =>
  'version' in x && typeof x.version === 'number' ? { version: x.version } : {};

export function presentMunicipality(m: Municipality): z.input<typeof municipalityResponse> {
  return {
    code: m.code,
    name: m.name,
    supervisingUnit: m.supervisingUnit,
    accountsUrl: m.accountsUrl,
    ...versionOf(m),
  };
}

export const organisationListItem = z
  .object({
    id: z.string(),
    name: z.string(),
    cvr: z.string(),
    lbfNumber: z.string().nullable(),
    kind: z.enum(['housingOrganisation', 'administrationOrganisation']),
    seatMunicipality: z.string(),
    accountingYearEnd: accountingYearEndField,
    activeFrom: z.string(),
    activeTo: z.string().nullable(),
    active: z.boolean(),
    departments: z.number().int(),
    homes: z.number().int(),
  })
  .meta({ id: 'OrganisationListItem' });

export function presentOrganisationListItem(
  s: OrganisationSummary & { active: boolean },
): z.input<typeof organisationListItem> {
  const o = s.organisation;
  return {
    id: o.id,
    name: o.name,
    cvr: o.cvr,
    lbfNumber: o.lbfNumber,
    kind: o.kind,
    seatMunicipality: o.seatMunicipality,
    accountingYearEnd: formatDayMonth(o.accountingYearEnd),
    activeFrom: o.activeFrom,
    activeTo: o.activeTo,
    active: s.active,
    departments: s.departments,
    homes: s.homes,
  };
}

const administeredByResponse = z.union([
  z.object({ kind: z.literal('self') }),
  z.object({ kind: z.enum(['administrationOrganisation', 'otherOrganisation']), organisationId: z.string() }),
  z.object({ kind: z.literal('privateAdministrator'), name: z.string() }),
]);

export const organisationResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    cvr: z.string(),
    lbfNumber: z.string().nullable(),
    kind: z.enum(['housingOrganisation', 'administrationOrganisation']),
    seatMunicipality: z.string(),
    administeredBy: administeredByResponse,
    accountingYearEnd: accountingYearEndField,
    activeFrom: z.string(),
    activeTo: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Organisation' });

export function presentOrganisation(
  o: HousingOrganisation,
  version: number,
): z.input<typeof organisationResponse> {
  return {
    id: o.id,
    name: o.name,
    cvr: o.cvr,
    lbfNumber: o.lbfNumber,
    kind: o.kind,
    seatMunicipality: o.seatMunicipality,
    administeredBy: o.administeredBy,
    accountingYearEnd: formatDayMonth(o.accountingYearEnd),
    activeFrom: o.activeFrom,
    activeTo: o.activeTo,
    version,
  };
}

export const departmentResponse = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    lbfNumber: z.string(),
    name: z.string(),
    address: z.string(),
    locationMunicipality: z.string(),
    homes: z.number().int(),
    kind: z.enum(['family', 'elderly', 'youth']),
    hasDepartmentBoard: z.boolean(),
    version: z.number().int().optional(),
  })
  .meta({ id: 'Department' });

export function presentDepartment(d: Department): z.input<typeof departmentResponse> {
  return {
    id: d.id,
    organisationId: d.organisationId,
    lbfNumber: d.lbfNumber,
    name: d.name,
    address: d.address,
    locationMunicipality: d.locationMunicipality,
    homes: d.homes,
    kind: d.kind,
    hasDepartmentBoard: d.hasDepartmentBoard,
    ...versionOf(d),
  };
}

export const findingResponse = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    ref: z.string().nullable(),
  })
  .meta({ id: 'Finding' });

export function presentFinding(f: Finding): z.input<typeof findingResponse> {
  return { code: f.code, severity: f.severity, message: f.message, ref: f.ref ?? null };
}

const roleResponse = z.object({
  kind: z.string(),
  municipality: z.string().nullable(),
  unit: z.string().nullable(),
  party: z.string().nullable(),
  organisationId: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
});

export const personResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    roles: z.array(roleResponse),
    version: z.number().int().optional(),
  })
  .meta({ id: 'Person' });

export function presentPerson(p: Person): z.input<typeof personResponse> {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    phone: p.phone,
    roles: p.roles.map((r) => ({
      kind: r.kind,
      municipality: 'municipality' in r ? r.municipality : null,
      unit: r.kind === 'official' ? r.unit : null,
      party: r.kind === 'councilMember' ? r.party : null,
      organisationId: 'organisationId' in r ? r.organisationId : null,
      from: r.from,
      to: r.to,
    })),
    ...versionOf(p),
  };
}
