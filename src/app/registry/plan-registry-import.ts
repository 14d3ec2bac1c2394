/**
 * The registry CSV import's planning, shared by the one-file use case (import-registry.ts) and
 * the bulk one (import-registry-files.ts): parse a file (docs/registry-csv.md) and work out what
 * it creates, updates or leaves unchanged, without writing.
 */
import { randomUUID } from 'node:crypto';
import type { Department, HousingOrganisation, Person, PersonRole } from '../../domain/registry/types.ts';
import { normaliseDepartmentNumber } from '../../domain/registry/validate-department.ts';
import { normalisePersonName } from '../../importer/registry-csv/keys.ts';
import { parseRegistryCsv } from '../../importer/registry-csv/parse-registry-csv.ts';
import type { AdministeredByRef, ParsedPersonRole } from '../../importer/registry-csv/types.ts';
import { invalidInput, notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';

export type Change<T> = { kind: 'create' | 'update'; before: T | null; after: T };

export interface Plan {
  organisations: Change<HousingOrganisation>[];
  departments: Change<Department>[];
  persons: Change<Person>[];
  unchanged: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Works out what the file changes, without writing: organisations by CVR, departments by
 * (organisation, LBF number), people by e-mail or name. A person's roles from the file are added
 * to the roles already registered (roles entered by hand are kept).
 */
export async function planImport(
  s: Store,
  municipality: string,
  rows: ReturnType<typeof parseRegistryCsv>['rows'],
): Promise<Plan> {
  const plan: Plan = { organisations: [], departments: [], persons: [], unchanged: 0 };
  const existing = (await s.registry.listOrganisations(municipality)).map((x) => x.organisation);
  const idByCvr = new Map(existing.map((o) => [o.cvr, o.id]));
  for (const o of rows.organisations) if (!idByCvr.has(o.cvr)) idByCvr.set(o.cvr, `org-${randomUUID()}`);
  const idOf = (cvr: string) => idByCvr.get(cvr) ?? cvr;
  const administeredBy = (ref: AdministeredByRef): HousingOrganisation['administeredBy'] =>
    'cvr' in ref ? { kind: ref.kind, organisationId: idOf(ref.cvr) } : ref;

  for (const o of rows.organisations) {
    const before = existing.find((x) => x.cvr === o.cvr) ?? null;
    const after: HousingOrganisation = {
      id: idOf(o.cvr),
      name: o.name,
      cvr: o.cvr,
      lbfNumber: o.lbfNumber,
      kind: o.kind,
      seatMunicipality: o.seatMunicipality,
      administeredBy: administeredBy(o.administeredBy),
      accountingYearEnd: o.accountingYearEnd,
      activeFrom: o.activeFrom,
      activeTo: o.activeTo,
    };
    if (before && same({ ...before, version: undefined }, { ...after, version: undefined })) plan.unchanged++;
    else plan.organisations.push({ kind: before ? 'update' : 'create', before, after });
  }

  // Every department of the municipality in one query (not one per organisation), keyed by
  // organisation and normalised number.
  const departmentKey = (organisationId: string, lbfNumber: string) =>
    `${organisationId}\u0000${normaliseDepartmentNumber(lbfNumber)}`;
  const existingDepartments = new Map<string, Department>();
  if (rows.departments.length > 0) {
    for (const x of await s.registry.listDepartmentsOfMunicipality(municipality))
      existingDepartments.set(departmentKey(x.organisationId, x.lbfNumber), x);
  }
  for (const d of rows.departments) {
    const organisationId = idOf(d.organisationCvr);
    const before = existingDepartments.get(departmentKey(organisationId, d.lbfNumber)) ?? null;
    const after: Department = {
      id: before?.id ?? `dep-${randomUUID()}`,
      organisationId,
      lbfNumber: d.lbfNumber,
      name: d.name,
      address: d.address,
      locationMunicipality: d.locationMunicipality,
      homes: d.homes,
      kind: d.kind,
      hasDepartmentBoard: d.hasDepartmentBoard,
    };
    if (before && same(before, after)) plan.unchanged++;
    else plan.departments.push({ kind: before ? 'update' : 'create', before, after });
  }

  const people = await s.registry.listPersons(municipality);
  const toRole = (r: ParsedPersonRole): PersonRole =>
    'organisationCvr' in r
      ? { kind: r.kind, organisationId: idOf(r.organisationCvr), from: r.from, to: r.to }
      : r;
  for (const p of rows.persons) {
    const before =
      people.find((x) =>
        p.email
          ? x.email?.toLowerCase() === p.email.toLowerCase()
          : !x.email && normalisePersonName(x.name) === normalisePersonName(p.name),
      ) ?? null;
    const roles = [...(before?.roles ?? [])];
    for (const role of p.roles.map(toRole)) if (!roles.some((r) => same(r, role))) roles.push(role);
    const after: Person = {
      id: before?.id ?? `person-${randomUUID()}`,
      name: p.name,
      email: p.email,
      phone: p.phone ?? before?.phone ?? null,
      roles,
    };
    if (before && same(before, after)) plan.unchanged++;
    else plan.persons.push({ kind: before ? 'update' : 'create', before, after });
  }
  return plan;
}

export async function parseAndPlan(s: Store, municipality: string, file: Uint8Array, fileName: string) {
  if (!(await s.registry.getMunicipality(municipality))) throw notFound('Kommunen');
  const known = (await s.registry.listOrganisations(municipality)).map(({ organisation: o }) => ({
    cvr: o.cvr,
    name: o.name,
    kind: o.kind,
  }));
  const parsed = parseRegistryCsv(file, { knownOrganisations: known });
  if (parsed.problems.length > 0) {
    throw invalidInput(
      `${fileName} har ${parsed.problems.length} fejl og er ikke indlæst. Intet er ændret.`,
      parsed.problems.map((p) => ({
        field: p.column ? `linje ${p.line}, kolonne ${p.column}` : `linje ${p.line}`,
        message: p.message,
      })),
    );
  }
  return { format: parsed.format, plan: await planImport(s, municipality, parsed.rows) };
}

export function summarise(
  outcome: { format: ReturnType<typeof parseRegistryCsv>['format']; plan: Plan },
  dryRun: boolean,
) {
  const { plan } = outcome;
  const count = (list: Change<unknown>[], kind: 'create' | 'update') =>
    list.filter((c) => c.kind === kind).length;
  return {
    dryRun,
    format: outcome.format,
    created: {
      organisations: count(plan.organisations, 'create'),
      departments: count(plan.departments, 'create'),
      persons: count(plan.persons, 'create'),
    },
    updated: {
      organisations: count(plan.organisations, 'update'),
      departments: count(plan.departments, 'update'),
      persons: count(plan.persons, 'update'),
    },
    unchanged: plan.unchanged,
  };
}
