import { expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';

interface Listing {
  municipality: string;
  organisations: {
    id: string;
    name: string;
    cvr: string;
    kind: string;
    seatMunicipality: string;
    active: boolean;
    departments: number;
    homes: number;
  }[];
}

describeEachDatabase('styringsdialog demo + organisations', (db) => {
  it('lists the demo organisations with department and home counts as JSON', async () => {
    expect((await runCliAgainst(db(), ['demo'])).code).toBe(0);
    const r = await runCliAgainst(db(), ['organisations', '--municipality', '707', '--json']);
    expect(r.code).toBe(0);
    const listing = r.json<Listing>();
    expect(listing.municipality).toBe('707');
    expect(listing.organisations.length).toBeGreaterThanOrEqual(8);
    for (const o of listing.organisations) {
      expect(Object.keys(o).sort()).toEqual(
        ['active', 'cvr', 'departments', 'homes', 'id', 'kind', 'name', 'seatMunicipality'].sort(),
      );
    }
    const totalDepartments = listing.organisations.reduce((sum, o) => sum + o.departments, 0);
    expect(totalDepartments).toBeGreaterThanOrEqual(40);
    expect(totalDepartments).toBeLessThanOrEqual(60);
    expect(listing.organisations.some((o) => o.kind === 'administrationOrganisation')).toBe(true);
    expect(listing.organisations.some((o) => o.seatMunicipality !== '707')).toBe(true);
    expect(listing.organisations.filter((o) => !o.active)).toHaveLength(1);
    // The home count is the sum of the departments' homes, straight from the database.
    const homes = await db()
      .selectFrom('department')
      .select(db().fn.sum<number>('homes').as('homes'))
      .executeTakeFirstOrThrow();
    expect(listing.organisations.reduce((sum, o) => sum + o.homes, 0)).toBe(Number(homes.homes));
  });

  it('prints a human table and exits 4 for an unknown municipality', async () => {
    await runCliAgainst(db(), ['demo']);
    const human = await runCliAgainst(db(), ['organisations', '--municipality', '707']);
    expect(human.stdout.split('\n')[0]).toMatch(/^Navn\s+CVR\s+Hjemkommune/);
    const missing = await runCliAgainst(db(), ['organisations', '--municipality', '999']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('findes ikke');
  });

  it('refuses to load the demo twice (exit 5) and leaves the data as it was', async () => {
    await runCliAgainst(db(), ['demo']);
    const before = await db().selectFrom('housing_organisation').select('id').execute();
    const again = await runCliAgainst(db(), ['demo']);
    expect(again.code).toBe(5);
    expect(await db().selectFrom('housing_organisation').select('id').execute()).toEqual(before);
  });
});
