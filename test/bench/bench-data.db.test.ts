/**
 * The bench dataset generator (bench/data) is deterministic: the registry of each scale has the
 * sector's shape, and loading a small cut of it twice (the same seed) into two fresh databases
 * gives the same counts and the same content (hashed by natural keys: ids are random per load).
 * No timing is asserted: the figures are printed by `npm run bench:data` only.
 */
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  benchRegistry,
  LARGEST_MUNICIPALITY,
  NATIONAL,
  registryCsv,
} from '../../bench/data/bench-registry.ts';
import { benchMunicipalities, loadInto } from '../../bench/data/load-bench-data.ts';
import type { OpenDatabase } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/schema.ts';
import { openTestDatabase } from '../support/database.ts';

describe('the bench registry', () => {
  it('has the national shape: 98 municipalities, 561 organisations (largest 64), 7,085 departments, 590,000 homes', () => {
    const national = benchRegistry('national');
    const organisations = national.flatMap((m) => m.organisations);
    const departments = organisations.flatMap((o) => o.departments);
    expect(national).toHaveLength(NATIONAL.municipalities);
    expect(organisations).toHaveLength(NATIONAL.organisations);
    expect(Math.max(...national.map((m) => m.organisations.length))).toBe(NATIONAL.largest);
    expect(departments).toHaveLength(NATIONAL.departments);
    expect(departments.reduce((n, d) => n + d.homes, 0)).toBe(NATIONAL.homes);
    expect(new Set(organisations.map((o) => o.cvr)).size).toBe(organisations.length);
  });

  it('gives the municipality scale as the largest municipality of the national one', () => {
    const [one, ...rest] = benchRegistry('municipality');
    expect(rest).toEqual([]);
    expect(one?.code).toBe(LARGEST_MUNICIPALITY);
    expect(one).toEqual(benchRegistry('national')[0]);
  });

  it('is the same for the same seed and different for another', () => {
    const csv = (seed: number) => benchRegistry('national', seed).map(registryCsv).join('');
    expect(csv(18)).toBe(csv(18));
    expect(csv(19)).not.toBe(csv(18));
  });
});

/** Counts and a hash of the loaded content by natural keys (CVR, e-mail), not by random ids. */
async function fingerprint(db: Kysely<Database>) {
  const orgs = await db.selectFrom('housing_organisation').select(['id', 'cvr']).execute();
  const stable = (text: string) => orgs.reduce((t, o) => t.split(o.id).join(o.cvr), text);
  const tables = [
    'municipality',
    'housing_organisation',
    'department',
    'person',
    'obligation_fact',
    'meeting',
    'published_account_version',
    'agreement',
    'key_figure',
    'app_user',
    'compliance_obligation',
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    counts[t] =
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(db)).rows[0]?.n ?? 0;
  }
  const rows = await Promise.all([
    db
      .selectFrom('housing_organisation')
      .select(['municipality', 'cvr', 'name', 'accounting_year_end', 'active_from'])
      .orderBy('cvr')
      .execute(),
    db.selectFrom('department').select(['organisation_id', 'lbf_number', 'name', 'homes', 'kind']).execute(),
    db
      .selectFrom('obligation_fact')
      .select(['municipality', 'obligation_id', 'kind', 'date', 'ref'])
      .execute(),
    db.selectFrom('meeting').select(['id', 'date']).orderBy('id').execute(),
    db.selectFrom('agreement').select(['id', 'status']).orderBy('id').execute(),
    db.selectFrom('key_figure').select(['organisation_id', 'steering_year', 'code', 'value']).execute(),
  ]);
  const lines = rows.flatMap((list) => list.map((r) => stable(JSON.stringify(r)))).sort();
  return { counts, hash: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

describe('loading the bench dataset (PGlite, two municipalities of three organisations)', () => {
  const open: OpenDatabase[] = [];
  afterAll(async () => {
    for (const o of open) await o.close();
  });

  it('gives the same counts and content hash for the same seed, with history, key figures and users', async () => {
    const options = { limitMunicipalities: 2, limitOrganisations: 3, keyFigureYears: [2024, 2025] };
    const results = [];
    for (let i = 0; i < 2; i++) {
      const database = await openTestDatabase('pglite');
      open.push(database);
      const loaded = await loadInto(database, 'national', options);
      results.push({ loaded, print: await fingerprint(database.db) });
    }
    const [a, b] = results;
    if (!a || !b) throw new Error('two loads expected');
    expect(b.print).toEqual(a.print);
    expect(b.loaded.counts).toEqual(a.loaded.counts);
    const expected = benchMunicipalities('national', options);
    expect(a.print.counts.housing_organisation).toBe(
      expected.reduce((n, m) => n + m.organisations.length, 0),
    );
    expect(a.print.counts.obligation_fact).toBeGreaterThan(0);
    expect(a.print.counts.meeting).toBeGreaterThan(0);
    expect(a.print.counts.published_account_version).toBe(a.print.counts.meeting);
    expect(a.print.counts.key_figure).toBeGreaterThan(0);
    expect(a.print.counts.app_user).toBe(1 + 5 * expected.length);
    expect(a.print.counts.compliance_obligation).toBeGreaterThan(0);
    expect(a.loaded.largestMunicipality).toBe(LARGEST_MUNICIPALITY);
    expect(a.loaded.users.apiToken.length).toBeGreaterThan(20);
    expect(a.loaded.users.apiToken).not.toBe(b.loaded.users.apiToken);
  }, 300_000);

  it('refuses a database that already has municipalities', async () => {
    const database = open[0];
    if (!database) throw new Error('the first test opens the databases');
    await expect(loadInto(database, 'municipality')).rejects.toThrow(/empty database/);
  });
});
