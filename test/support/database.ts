/**
 * The db test harness: one database per test file, migrated once, emptied between tests.
 * `describeEachDatabase` runs one suite against PGlite and, when available, a PostgreSQL server.
 */
import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { connect, connectInMemory, type OpenDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/schema.ts';
import { requirePostgres, tierAvailable } from './environment.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export async function openTestDatabase(kind: DatabaseKind): Promise<OpenDatabase> {
  if (kind === 'pglite') {
    const open = await connectInMemory();
    await migrateToLatest(open.db);
    return open;
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const open = await connect({ databaseUrl: url.toString(), dataDir: '' });
  await migrateToLatest(open.db);
  return {
    ...open,
    async close() {
      await open.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/** Empties every table except the migration bookkeeping. */
export async function resetDatabase(db: Kysely<Database>): Promise<void> {
  const tables = await sql<{ tablename: string }>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%'`.execute(
    db,
  );
  if (tables.rows.length === 0) return;
  const list = tables.rows.map((t) => `"${t.tablename}"`).join(', ');
  // TRUNCATE does not fire the audit log's row-level UPDATE/DELETE trigger.
  await sql.raw(`TRUNCATE ${list} RESTART IDENTITY CASCADE`).execute(db);
}

export function databaseKinds(): DatabaseKind[] {
  const kinds: DatabaseKind[] = ['pglite'];
  const pgAvailable = tierAvailable(
    'PostgreSQL',
    Boolean(process.env.TEST_DATABASE_URL),
    requirePostgres,
    'no TEST_DATABASE_URL and no Debian PostgreSQL binaries',
  );
  if (pgAvailable) kinds.push('postgres');
  return kinds;
}

/** Runs `suite` once per available database; `db()` gives the current file's database. */
export function describeEachDatabase(name: string, suite: (db: () => Kysely<Database>) => void): void {
  for (const kind of databaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let open: OpenDatabase | undefined;
      beforeAll(async () => {
        open = await openTestDatabase(kind);
      });
      afterAll(async () => {
        await open?.close();
      });
      beforeEach(async () => {
        if (open) await resetDatabase(open.db);
      });
      suite(() => {
        if (!open) throw new Error('database not open');
        return open.db;
      });
    });
  }
}
