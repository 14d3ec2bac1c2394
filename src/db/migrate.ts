/**
 * Forward-only migrations. Each migration is a timestamped module listed in migrations/index.ts;
 * there are no down migrations: a mistake is corrected by a new migration.
 */
import type { Kysely } from 'kysely';
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

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrateResult> {
  // Kysely needs the untyped instance for its own bookkeeping tables.
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
