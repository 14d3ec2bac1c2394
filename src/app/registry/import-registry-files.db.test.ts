/**
 * The bulk registry import (importRegistryFiles) against the one-file import, on PGlite and
 * PostgreSQL: five registry files of the bench dataset give the same registry either way (one
 * audit entry per file instead of one per record), and a bad line in file 3 of 5 refuses the
 * whole call with the file, line and column in Danish, leaving everything as it was.
 */
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { registryCsv, registryFileName } from '../../../bench/data/bench-registry.ts';
import { benchMunicipalities } from '../../../bench/data/load-bench-data.ts';
import { ensureMunicipality, systemContext } from '../../../test/support/auth.ts';
import { describeEachDatabase, resetDatabase } from '../../../test/support/database.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../app-error.ts';
import { runUseCase } from '../run-use-case.ts';
import { importRegistry } from './import-registry.ts';
import { importRegistryFiles } from './import-registry-files.ts';

const municipalities = benchMunicipalities('national', { limitMunicipalities: 5, limitOrganisations: 3 });
const files = () =>
  municipalities.map((m) => ({
    municipality: m.code,
    file: new TextEncoder().encode(registryCsv(m)),
    fileName: registryFileName(m),
  }));

/** The registry by its natural keys (ids are random per import): organisations by CVR. */
async function registryContent(db: Kysely<Database>) {
  const orgs = await db.selectFrom('housing_organisation').selectAll().orderBy('cvr').execute();
  const cvrOf = new Map(orgs.map((o) => [o.id, o.cvr]));
  const departments = await db.selectFrom('department').selectAll().execute();
  const persons = await db.selectFrom('person').selectAll().orderBy('email').execute();
  const emailOf = new Map(persons.map((p) => [p.id, p.email]));
  const roles = await db.selectFrom('person_role').selectAll().orderBy('id').execute();
  const withoutTimes = <T extends object>(r: T) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !['id', 'created_at', 'modified_at'].includes(k)));
  return {
    organisations: orgs.map(withoutTimes),
    departments: departments
      .map((d) => ({ ...withoutTimes(d), organisation_id: cvrOf.get(d.organisation_id) }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    persons: persons.map(withoutTimes),
    roles: roles.map((r) => ({
      ...withoutTimes(r),
      person_id: emailOf.get(r.person_id),
      organisation_id: r.organisation_id ? cvrOf.get(r.organisation_id) : null,
    })),
  };
}

async function auditCount(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('audit_entry')
    .select('action')
    .where('action', 'like', 'import.%')
    .execute();
  return rows.length;
}

describeEachDatabase('importRegistryFiles (bulk) against importRegistry (one file)', (db) => {
  async function setUp() {
    for (const m of municipalities) await ensureMunicipality(db(), m.code, `${m.name} Kommune`);
  }

  it('gives the same registry as importing the files one by one, with one audit entry per file', async () => {
    await setUp();
    for (const f of files()) await runUseCase(importRegistry, systemContext(db()), f);
    const oneByOne = await registryContent(db());
    const perRecord = await auditCount(db());
    const organisations = municipalities.map((m) => m.organisations.length);
    expect(oneByOne.organisations).toHaveLength(organisations.reduce((a, b) => a + b, 0));
    expect(oneByOne.departments.length).toBeGreaterThan(oneByOne.organisations.length);

    await resetDatabase(db());
    await setUp();
    const out = await runUseCase(importRegistryFiles, systemContext(db()), { files: files() });
    expect(out.files.map((f) => f.created.organisations)).toEqual(organisations);
    expect(await registryContent(db())).toEqual(oneByOne);
    expect(await auditCount(db())).toBe(5);
    expect(perRecord).toBeGreaterThan(5);

    // Again: nothing changes, nothing is written.
    const again = await runUseCase(importRegistryFiles, systemContext(db()), { files: files() });
    expect(again.files.every((f) => f.created.departments === 0 && f.updated.departments === 0)).toBe(true);
    expect(await auditCount(db())).toBe(5);
  });

  it('refuses the whole call when file 3 of 5 has a bad line, naming file, line and column in Danish', async () => {
    await setUp();
    const list = files();
    const third = list[2];
    if (!third) throw new Error('five files expected');
    const text = new TextDecoder().decode(third.file).split('\n');
    // Line 3 (the second organisation): a CVR number whose check digit is wrong.
    const cells = (text[2] ?? '').split(';');
    cells[2] = String((Number(cells[2]) % 10 === 9 ? -1 : 1) + Number(cells[2]));
    text[2] = cells.join(';');
    list[2] = { ...third, file: new TextEncoder().encode(text.join('\n')) };

    const error = await runUseCase(importRegistryFiles, systemContext(db()), { files: list }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('invalidInput');
    expect(error.detail).toContain('1 af 5 filer har fejl');
    expect(error.detail).toContain(third.fileName);
    expect(error.detail).toContain('Intet er ændret');
    // The bad CVR first; the department lines referring to that organisation follow.
    expect(error.fieldErrors[0]).toEqual({
      field: `${third.fileName}, linje 3, kolonne cvr`,
      message: expect.stringMatching(/CVR-nummeret .* er ugyldigt/),
    });
    for (const e of error.fieldErrors)
      expect(e.field).toMatch(new RegExp(`^${third.fileName}, linje \\d+, kolonne `));
    const content = await registryContent(db());
    expect(content.organisations).toEqual([]);
    expect(content.persons).toEqual([]);
    expect(await auditCount(db())).toBe(0);
  });
});
