import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/support/database.ts';
import { connect } from './connect.ts';

describe.runIf(databaseKinds().includes('postgres'))('connect to a PostgreSQL server', () => {
  it('survives the server ending an idle pooled connection: no uncaught error, the next query runs', async () => {
    const url = process.env.TEST_DATABASE_URL as string;
    const database = await connect({ databaseUrl: url, dataDir: '' });
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
      const pid = rows[0]?.pid;
      expect(pid).toBeGreaterThan(0);
      // As an administrator (or a restart) would: end the pooled connection while it is idle.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const again = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(again.rows[0]?.one).toBe(1);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      await database.close();
    }
  });
});
