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
});
