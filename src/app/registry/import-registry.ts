import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Department, HousingOrganisation, Person, PersonRole } from '../../domain/registry/types.ts';
import { normaliseDepartmentNumber } from '../../domain/registry/validate-department.ts';
import { normalisePersonName } from '../../importer/registry-csv/keys.ts';
import { parseRegistryCsv } from '../../importer/registry-csv/parse-registry-csv.ts';
import type { AdministeredByRef, ParsedPersonRole } from '../../importer/registry-csv/types.ts';
import { authorize } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { changedFields } from '../audit-diff.ts';
import type { Store } from '../ports.ts';
import { defineUseCase } from '../use-case.ts';
import { registryWriters } from './access.ts';
import { municipalityCode } from './inputs.ts';

type Change<T> = { kind: 'create' | 'update'; before: T | null; after: T };

interface Plan {
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
async function planImport(
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

  const departmentsByOrg = new Map<string, Department[]>();
  for (const d of rows.departments) {
    const organisationId = idOf(d.organisationCvr);
    if (!departmentsByOrg.has(organisationId))
      departmentsByOrg.set(organisationId, await s.registry.listDepartments(organisationId));
    const before =
      departmentsByOrg
        .get(organisationId)
        ?.find((x) => normaliseDepartmentNumber(x.lbfNumber) === normaliseDepartmentNumber(d.lbfNumber)) ??
      null;
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

async function applyPlan(s: Store, municipality: string, plan: Plan): Promise<void> {
  for (const c of plan.organisations) {
    if (c.before) {
      const current = await s.registry.getOrganisation(municipality, c.after.id);
      await s.registry.updateOrganisation(municipality, c.after, current?.version ?? 1);
    } else {
      await s.registry.insertOrganisation(municipality, c.after);
    }
  }
  for (const c of plan.departments) await s.registry.saveDepartment(c.after);
  for (const c of plan.persons) await s.registry.savePerson(municipality, c.after);
  const entities = [
    ...plan.organisations.map((c) => ['housingOrganisation', c] as const),
    ...plan.departments.map((c) => ['department', c] as const),
    ...plan.persons.map((c) => ['person', c] as const),
  ];
  for (const [entity, c] of entities) {
    await s.audit.append({
      municipality,
      action: `import.${c.kind}`,
      entity,
      entityId: c.after.id,
      ...changedFields(c.before ? { ...c.before } : null, { ...c.after }),
    });
  }
}

async function parseAndPlan(s: Store, municipality: string, file: Uint8Array, fileName: string) {
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

function summarise(
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

/**
 * Imports organisations, departments and people from a registry CSV file (docs/registry-csv.md).
 * A file with any problem is rejected as a whole, every problem listed by line and column;
 * otherwise everything is written in one transaction. Importing the same file again changes
 * nothing. `dryRun` reports what would change without writing.
 */
export const importRegistry = defineUseCase({
  name: 'importRegistry',
  summary: 'Indlæs boligorganisationer, afdelinger og personer fra en CSV-fil',
  mutates: true,
  access: registryWriters,
  input: z.object({
    municipality: municipalityCode,
    file: z.instanceof(Uint8Array, { message: 'Filen mangler' }),
    fileName: z.string().default('fil.csv'),
    dryRun: z.boolean().default(false),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, registryWriters, { municipality: input.municipality });
    const planned = await ctx.uow.read((s) =>
      parseAndPlan(s, input.municipality, input.file, input.fileName),
    );
    const changes =
      planned.plan.organisations.length + planned.plan.departments.length + planned.plan.persons.length;
    if (input.dryRun || changes === 0) return summarise(planned, input.dryRun);
    // Plan again inside the transaction, so that what is written matches what is stored now.
    return ctx.uow.write(async (s) => {
      const current = await parseAndPlan(s, input.municipality, input.file, input.fileName);
      await applyPlan(s, input.municipality, current.plan);
      return summarise(current, false);
    });
  },
});
