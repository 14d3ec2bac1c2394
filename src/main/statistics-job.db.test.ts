/**
 * The server's statistics job analyses a stale table on its first check (right after start) and
 * leaves analysed tables alone on the next.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/database.ts';
import { startStatisticsJob } from './statistics-job.ts';

describeEachDatabase('statistics job', (db) => {
  it('analyses a filled table never analysed at its first check, then finds nothing to do', async () => {
    await sql`ALTER TABLE app_meta SET (autovacuum_enabled = false)`.execute(db());
    await sql`INSERT INTO app_meta (key, value) SELECT 'k' || g, to_json(g) FROM generate_series(1, 1500) g`.execute(
      db(),
    );
    const logged: Record<string, unknown>[] = [];
    const job = startStatisticsJob({
      db: db(),
      firstDelayMs: 0,
      intervalMs: 3_600_000,
      log: (_message, details) => logged.push(details),
      onError: (err) => {
        throw err;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await job.stop(); // waits for the first check, begun by now
    const r = await sql<{
      n: number;
    }>`SELECT reltuples::int AS n FROM pg_class WHERE relname = 'app_meta'`.execute(db());
    expect(r.rows[0]?.n).toBe(1500);
    expect(logged.flatMap((d) => d.tables as string[])).toContain('app_meta (neverAnalysed)');
    expect((await job.tick()).map((t) => t.table)).not.toContain('app_meta');
  });
});
