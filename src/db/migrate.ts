/**
 * Forward-only migrations. Each migration is a timestamped module listed in migrations/index.ts;
 * there are no down migrations: a mistake is corrected by a new migration.
 */
import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

const provider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  },
};

export interface MigrateResult {
  applied: string[];
}

/**
 * True when exactly the known migrations are recorded: the usual start, answered with two small
 * queries instead of the migrator's introspection of every table and its lock round trips.
 * Anything else (a new database, a pending or an unknown migration) goes through the migrator.
 */
async function upToDate(db: Kysely<Database>): Promise<boolean> {
  const table = await sql<{
    exists: boolean;
  }>`SELECT to_regclass('kysely_migration') IS NOT NULL AS exists`.execute(db);
  if (!table.rows[0]?.exists) return false;
  const done = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  const known = Object.keys(migrations);
  const applied = new Set(done.rows.map((r) => r.name));
  return applied.size === known.length && known.every((name) => applied.has(name));
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrateResult> {
  if (await upToDate(db)) return { applied: [] };
  // Kysely needs the untyped instance for its own bookkeeping tables.
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
