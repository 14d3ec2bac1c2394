import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';

const fixture = (dir: string, name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/${dir}/${name}`, import.meta.url));

describeEachDatabase('styringsdialog import-key-figures', (db) => {
  async function registry() {
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
    const r = await runCliAgainst(db(), [
      'import-registry',
      fixture('registry', 'good-semicolon.csv'),
      '--municipality',
      '707',
    ]);
    expect(r.code).toBe(0);
  }

  async function snapshot() {
    const [figures, audit] = await Promise.all([
      db()
        .selectFrom('key_figure')
        .select(['organisation_id', 'department_id', 'steering_year', 'code', 'value', 'unit', 'source'])
        .orderBy('id')
        .execute(),
      db().selectFrom('audit_entry').select(['id']).execute(),
    ]);
    return { figures, audit: audit.length };
  }

  const run = (file: string, ...flags: string[]) =>
    runCliAgainst(db(), [
      'import-key-figures',
      fixture('key-figures', file),
      '--municipality',
      '707',
      ...flags,
    ]);

  it('refuses a file with one non-numeric value as a whole, naming line and column; nothing changes', async () => {
    await registry();
    expect((await run('good-semicolon.csv')).code).toBe(0);
    const before = await snapshot();
    const r = await run('bad-value.csv', '--json');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('linje 3, kolonne vaerdi');
    expect(r.stderr).toContain('»cirka 1« er ikke et tal');
    expect(await snapshot()).toEqual(before);
  });

  it('names every problem of a file by line and column', async () => {
    await registry();
    const r = await run('many-problems.csv');
    expect(r.code).toBe(3);
    for (const where of [
      'linje 3, kolonne lbf_org_nr',
      'linje 4, kolonne afdeling_nr',
      'linje 5, kolonne styringsaar',
      'linje 6, kolonne vaerdi',
      'linje 7, kolonne enhed',
      'linje 8, kolonne kode',
    ]) {
      expect(r.stderr).toContain(where);
    }
    expect((await snapshot()).figures).toEqual([]);
  });

  it('reports counts per code, keeps unknown codes, and a re-import of a year replaces that year', async () => {
    await registry();
    const first = await run('good-semicolon.csv', '--json');
    expect(first.code).toBe(0);
    const report = first.json<{
      counts: Record<string, number>;
      unknownCodes: string[];
      years: number[];
      imported: number;
    }>();
    expect(report.years).toEqual([2026]);
    expect(report.counts).toMatchObject({ effektivitetstal: 4, tomgang_pct: 4, beboerhus_m2: 1, boliger: 1 });
    expect(report.unknownCodes).toEqual(['beboerhus_m2']);
    expect((await snapshot()).figures).toHaveLength(report.imported);
    expect((await snapshot()).figures).toContainEqual(
      expect.objectContaining({ code: 'beboerhus_m2', value: 420, unit: 'm²', steering_year: 2026 }),
    );

    // Another year (Windows-1252, comma separated) is added beside 2026.
    const other = await run('good-comma-windows-1252.csv', '--json');
    expect(other.code).toBe(0);
    expect(other.json<{ years: number[] }>().years).toEqual([2025]);
    const both = (await snapshot()).figures;
    expect(both.filter((f) => f.steering_year === 2026)).toHaveLength(report.imported);
    expect(both.filter((f) => f.steering_year === 2025)).toHaveLength(3);
    expect(both).toContainEqual(
      expect.objectContaining({ steering_year: 2025, code: 'tomgang_pct', value: 0.9 }),
    );

    // The same 2026 file again: 2026 is replaced, not doubled.
    const again = await run('good-semicolon.csv', '--json');
    expect(again.json<{ replaced: number }>().replaced).toBe(report.imported);
    expect((await snapshot()).figures).toHaveLength(report.imported + 3);
  });

  it('changes nothing on a dry run', async () => {
    await registry();
    const before = await snapshot();
    const r = await run('good-semicolon.csv', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Prøvekørsel – intet er gemt\. Styringsår 2026: 17 nøgletal/);
    expect(r.stdout).toContain('beboerhus_m2 (beboerhus_m2, ukendt kode): 1');
    expect(await snapshot()).toEqual(before);
  });

  it('sets the municipality’s flag thresholds, refusing a value outside 0–100', async () => {
    await registry();
    const bad = await runCliAgainst(db(), [
      'key-figure-thresholds',
      '--municipality',
      '707',
      '--efficiency-below',
      '170',
      '--vacancy-above',
      '1',
    ]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('skal være mellem 0 og 100');
    const good = await runCliAgainst(db(), [
      'key-figure-thresholds',
      '--municipality',
      '707',
      '--efficiency-below',
      '72,5',
      '--vacancy-above',
      '1,5',
      '--json',
    ]);
    expect(good.code).toBe(0);
    expect(await db().selectFrom('key_figure_setting').selectAll().execute()).toEqual([
      { municipality: '707', efficiency_below: 72.5, vacancy_above: 1.5 },
    ]);
  });
});
