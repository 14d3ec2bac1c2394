/**
 * Keeps the embedded database's planner statistics fresh (issue 18): PGlite has no autovacuum, so
 * the server does its analyse half. The first check runs 10 s after the server answers (start-up
 * and the first requests are not held up by it), then one every `intervalMs`. A check is one catalog query; a table is
 * analysed only when it is stale by autovacuum's rule (db/statistics.ts), so a start on analysed
 * data costs a few milliseconds. Bulk writes analyse their tables themselves (UnitOfWork
 * `bulk`); this catches the rest: ordinary use, a data directory filled by an older version, a
 * restore, the demo load. Not started on a PostgreSQL server, whose autovacuum does this.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { refreshStatistics, type StaleTable } from '../db/statistics.ts';

/** Ten minutes: a few hundred changed rows between checks leave plans as they were. */
export const STATISTICS_INTERVAL_MS = 10 * 60 * 1000;

/**
 * The first check waits this long after the server answers: on PGlite an ANALYZE holds the one
 * database connection (up to ~1 s for the largest national table), so the requests of the first
 * seconds after a (re)start go first.
 */
export const FIRST_CHECK_DELAY_MS = 10_000;

export interface StatisticsJob {
  /** One check now (the timer calls it); resolves to the tables it analysed. */
  tick(): Promise<StaleTable[]>;
  stop(): Promise<void>;
}

export function startStatisticsJob(options: {
  db: Kysely<Database>;
  firstDelayMs?: number;
  intervalMs?: number;
  log: (message: string, details: Record<string, unknown>) => void;
  onError: (err: unknown) => void;
}): StatisticsJob {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  async function tick(): Promise<StaleTable[]> {
    const done = await refreshStatistics(options.db);
    if (done.tables.length > 0)
      options.log('planner statistics refreshed', {
        tables: done.tables.map((t) => `${t.table} (${t.reason})`),
        milliseconds: Math.round(done.milliseconds),
      });
    return done.tables;
  }
  const run = () => {
    if (stopped) return;
    running = tick().catch(options.onError);
  };
  const first = setTimeout(run, options.firstDelayMs ?? FIRST_CHECK_DELAY_MS);
  first.unref();
  const timer = setInterval(run, options.intervalMs ?? STATISTICS_INTERVAL_MS);
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
