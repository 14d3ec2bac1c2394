import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/registry/${name}`, import.meta.url));

describeEachDatabase('styringsdialog import-registry', (db) => {
  async function municipality() {
    await db()
      .insertInto('municipality')
      .values({
        code: '707',
        name: 'Norddjurs Kommune',
        supervising_unit: 'Vej og Ejendom',
        accounts_url: null,
        body_abbreviations: '{}',
      })
      .execute();
  }

  async function snapshot() {
    const [organisations, departments, persons, roles, audit] = await Promise.all([
      db().selectFrom('housing_organisation').selectAll().orderBy('id').execute(),
      db().selectFrom('department').selectAll().orderBy('id').execute(),
      db().selectFrom('person').selectAll().orderBy('id').execute(),
      db().selectFrom('person_role').selectAll().orderBy('id').execute(),
      db().selectFrom('audit_entry').select(['id']).execute(),
    ]);
    return { organisations, departments, persons, roles, audit: audit.length };
  }

  it('rejects a file with a bad CVR and a duplicate department number as a whole, naming both lines', async () => {
    await municipality();
    const before = await snapshot();
    const r = await runCliAgainst(db(), [
      'import-registry',
      fixture('bad-cvr-and-duplicate-department.csv'),
      '--municipality',
      '707',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('linje 4, kolonne cvr');
    expect(r.stderr).toContain('linje 9, kolonne lbf_nr');
    expect(await snapshot()).toEqual(before);
  });

  it('imports a good file once; importing it again changes nothing and writes no audit entry', async () => {
    await municipality();
    const first = await runCliAgainst(db(), [
      'import-registry',
      fixture('good-semicolon.csv'),
      '--municipality',
      '707',
      '--json',
    ]);
    expect(first.code).toBe(0);
    const created = first.json<{ created: { organisations: number; departments: number; persons: number } }>()
      .created;
    expect(created.organisations).toBeGreaterThan(0);
    expect(created.departments).toBeGreaterThan(0);
    const afterFirst = await snapshot();
    expect(afterFirst.organisations).toHaveLength(created.organisations);
    expect(afterFirst.audit).toBe(created.organisations + created.departments + created.persons);

    const second = await runCliAgainst(db(), [
      'import-registry',
      fixture('good-semicolon.csv'),
      '--municipality',
      '707',
      '--json',
    ]);
    expect(second.code).toBe(0);
    expect(second.json()).toMatchObject({
      created: { organisations: 0, departments: 0, persons: 0 },
      updated: { organisations: 0, departments: 0, persons: 0 },
    });
    expect(await snapshot()).toEqual(afterFirst);
  });

  it('shows what a dry run would do without storing anything', async () => {
    await municipality();
    const before = await snapshot();
    const r = await runCliAgainst(db(), [
      'import-registry',
      fixture('good-comma.csv'),
      '--municipality',
      '707',
      '--dry-run',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Prøvekørsel – intet er gemt\. Oprettet: [1-9]/);
    expect(await snapshot()).toEqual(before);
  });

  it('imports a directory in one call, each file into the municipality its name starts with', async () => {
    await municipality();
    await db()
      .insertInto('municipality')
      .values({
        code: '706',
        name: 'Syddjurs Kommune',
        supervising_unit: 'Tilsyn',
        accounts_url: null,
        body_abbreviations: '{}',
      })
      .execute();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-dir-'));
    try {
      fs.copyFileSync(fixture('good-semicolon.csv'), path.join(dir, '707-norddjurs.csv'));
      fs.copyFileSync(fixture('good-comma.csv'), path.join(dir, '706-syddjurs.csv'));
      const r = await runCliAgainst(db(), ['import-registry', dir, '--json']);
      expect(r.code).toBe(0);
      const files = r.json<{
        files: { fileName: string; municipality: string; created: { organisations: number } }[];
      }>().files;
      expect(files.map((f) => [f.fileName, f.municipality])).toEqual([
        ['706-syddjurs.csv', '706'],
        ['707-norddjurs.csv', '707'],
      ]);
      const orgs = await db().selectFrom('housing_organisation').select('municipality').execute();
      expect(orgs.filter((o) => o.municipality === '706')).toHaveLength(
        files[0]?.created.organisations ?? -1,
      );
      const audit = await db()
        .selectFrom('audit_entry')
        .select('action')
        .where('action', 'like', 'import.%')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['import.file', 'import.file']);

      fs.copyFileSync(fixture('good-comma.csv'), path.join(dir, 'uden-kode.csv'));
      const refused = await runCliAgainst(db(), ['import-registry', dir]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('uden-kode.csv');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
