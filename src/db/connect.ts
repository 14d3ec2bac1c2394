/**
 * Opens the database: embedded PGlite in `<dataDir>/pgdata` by default, a PostgreSQL server when
 * a URL is given. Both get the same Kysely schema and migrations. Queries live in the adapters;
 * this file only decides where the data is.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { lockDataDir } from './data-dir-lock.ts';
import { eventLoopTurnAfterEachStatement } from './event-loop-turn.ts';
import { pgliteStartParams } from './pglite-start-params.ts';
import type { Database } from './schema.ts';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl: string | null;
  dataDir: string;
  /** The release of a data directory lock the caller already holds (the server takes it first). */
  heldLock?: () => Promise<void>;
}

// PostgreSQL returns `date` columns as JS Dates by default; our domain speaks ISO date strings.
const DATE_OID = 1082;

/** The PostgreSQL driver, loaded only when a server is configured (saves its load on PGlite). */
async function loadPg() {
  const { default: pg } = await import('pg');
  pg.types.setTypeParser(DATE_OID, (v) => v);
  // bigint counts (COUNT(*), SUM) come back as strings; they fit easily in a JS number here.
  pg.types.setTypeParser(20, (v) => Number(v));
  return pg;
}

export async function connect(options: ConnectOptions): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const pg = await loadPg();
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle pooled connection that the server ends (a restart, a failover, an administrator's
    // terminate) is emitted as an 'error' on the pool; without a listener Node treats it as an
    // uncaught exception and the whole server stops. The pool has already dropped that client and
    // opens a fresh connection for the next query, so there is nothing else to do here.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const release = options.heldLock ?? (await lockDataDir(options.dataDir));
  try {
    const pglite = await PGlite.create(path.join(options.dataDir, 'pgdata'), {
      startParams: pgliteStartParams(PGlite.defaultStartParams),
      parsers: { [DATE_OID]: (v: string) => v, 20: (v: string) => Number(v) },
    });
    return wrapPglite(pglite, release);
  } catch (err) {
    await release();
    throw err;
  }
}

/** An in-memory PGlite (tests, benchmarks); no lock needed, nothing on disk. */
export async function connectInMemory(): Promise<OpenDatabase> {
  const pglite = await PGlite.create({
    parsers: { [DATE_OID]: (v: string) => v, 20: (v: string) => Number(v) },
  });
  return wrapPglite(pglite, async () => {});
}

export function wrapPglite(pglite: PGlite, release: () => Promise<void>): OpenDatabase {
  const db = new Kysely<Database>({
    dialect: new PGliteDialect({ pglite }),
    plugins: [eventLoopTurnAfterEachStatement],
  });
  let closed = false;
  return {
    db,
    kind: 'pglite',
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await release();
    },
  };
}
