/**
 * The planner's statistics on both databases: which tables `staleTables` names (never analysed,
 * grown, changed) and that a bulk write through the unit of work leaves its tables analysed —
 * what the embedded database, with no autovacuum, would otherwise never do.
 */
import { type Kysely, sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/database.ts';
import type { Department } from '../domain/registry/types.ts';
import { createRegistryStore } from './registry/registry-store.ts';
import type { Database } from './schema.ts';
import { refreshStatistics, staleTables } from './statistics.ts';
import { createUnitOfWork } from './unit-of-work.ts';

/** A server's autovacuum could analyse a table while a test looks; these tests play PGlite. */
async function withoutAutovacuum(db: Kysely<Database>, ...tables: string[]) {
  for (const t of tables) await sql`ALTER TABLE ${sql.id(t)} SET (autovacuum_enabled = false)`.execute(db);
}

async function reltuples(db: Kysely<Database>, table: string): Promise<number> {
  const r = await sql<{
    n: number;
  }>`SELECT reltuples::int AS n FROM pg_class WHERE relname = ${table}`.execute(db);
  return r.rows[0]?.n ?? Number.NaN;
}

async function insertMeta(db: Kysely<Database>, from: number, to: number) {
  await sql`INSERT INTO app_meta (key, value)
    SELECT 'k' || g, to_json(g) FROM generate_series(${from}::int, ${to}::int) g`.execute(db);
}

const reasonOf = async (db: Kysely<Database>, table: string) =>
  (await staleTables(db)).find((t) => t.table === table)?.reason ?? null;

describeEachDatabase('planner statistics', (db) => {
  it('names a filled table never analysed, and after refreshStatistics its row count is known and it is not stale', async () => {
    // One connection throughout: its own change counters are what staleTables flushes.
    await db()
      .connection()
      .execute(async (c) => {
        await withoutAutovacuum(c, 'app_meta');
        await insertMeta(c, 1, 2000);
        expect(await reltuples(c, 'app_meta')).toBe(-1);
        expect(await reasonOf(c, 'app_meta')).toBe('neverAnalysed');
        const done = await refreshStatistics(c);
        expect(done.tables.map((t) => t.table)).toContain('app_meta');
        expect(await reltuples(c, 'app_meta')).toBe(2000);
        expect(await reasonOf(c, 'app_meta')).toBeNull();
        // An empty table never analysed is left alone.
        expect(await reasonOf(c, 'webhook_delivery')).toBeNull();
      });
  });

  it('names a table once more than 50 rows + 10 % changed since its analysis, not before', async () => {
    await db()
      .connection()
      .execute(async (c) => {
        await withoutAutovacuum(c, 'app_meta');
        await insertMeta(c, 1, 2000);
        await refreshStatistics(c);
        await insertMeta(c, 2001, 2200); // 200 of the 250 allowed
        expect(await reasonOf(c, 'app_meta')).toBeNull();
        await sql`UPDATE app_meta SET value = to_json(0) WHERE key IN ('k1', 'k2', 'k3', 'k4', 'k5')`.execute(
          c,
        );
        expect(await reasonOf(c, 'app_meta')).toBeNull();
        await insertMeta(c, 2201, 2260); // 265 changed
        expect(await reasonOf(c, 'app_meta')).toBe('changed');
      });
  });

  it('names a table whose heap grew by more than 10 % even when the change counters were lost (a PGlite restart)', async () => {
    await db()
      .connection()
      .execute(async (c) => {
        await withoutAutovacuum(c, 'app_meta');
        await insertMeta(c, 1, 2000);
        await refreshStatistics(c);
        await insertMeta(c, 2001, 6000);
        await sql`SELECT pg_stat_force_next_flush()`.execute(c);
        await sql`SELECT pg_stat_reset()`.execute(c);
        const counters = await sql<{ n: number }>`
          SELECT coalesce(n_mod_since_analyze, 0)::int AS n FROM pg_stat_user_tables WHERE relname = 'app_meta'`.execute(
          c,
        );
        expect(counters.rows[0]?.n ?? 0).toBe(0);
        expect(await reasonOf(c, 'app_meta')).toBe('grown');
      });
  });

  it('a bulk write through the unit of work leaves the tables it filled analysed; a plain write does not', async () => {
    await withoutAutovacuum(db(), 'department');
    const registry = createRegistryStore(db());
    await registry.saveMunicipality(
      {
        code: '707',
        name: 'Norddjurs Kommune',
        supervisingUnit: 'Tilsyn',
        accountsUrl: null,
        bodyAbbreviations: {},
      },
      false,
    );
    await registry.insertOrganisation('707', {
      id: 'org-a',
      name: 'Boligselskabet A',
      cvr: '34182701',
      lbfNumber: null,
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      administeredBy: { kind: 'self' },
      accountingYearEnd: '12-31',
      activeFrom: '2000-01-01',
      activeTo: null,
    });
    const departments = (from: number, count: number): Department[] =>
      Array.from({ length: count }, (_, i) => ({
        id: `dep-${from + i}`,
        organisationId: 'org-a',
        lbfNumber: String(from + i),
        name: `Afdeling ${from + i}`,
        address: 'Vej 1, 8500 Grenaa',
        locationMunicipality: '707',
        homes: 10 + (i % 40),
        kind: 'family',
        hasDepartmentBoard: i % 2 === 0,
      }));
    const uow = createUnitOfWork(db(), { actor: 'system:test', requestId: null });
    await uow.write((s) => s.registry.saveDepartments(departments(1, 600)));
    expect(await reltuples(db(), 'department')).toBe(-1);
    await uow.write((s) => s.registry.saveDepartments(departments(1001, 600)), { bulk: true });
    expect(await reltuples(db(), 'department')).toBe(1200);
  });
});
