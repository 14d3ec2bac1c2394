/**
 * The planner's statistics (issue 18). PostgreSQL plans each query from `pg_statistic` and
 * `pg_class.reltuples`, which only ANALYZE writes. A server's autovacuum runs it when a table has
 * changed enough; the embedded database (PGlite) runs no autovacuum, so a data directory filled by
 * bulk loads was never analysed and its row estimates were 30–80× off (docs/benchmarks.md).
 *
 * `staleTables` applies autovacuum's own rule (50 rows + 10 % of the table changed since its last
 * analysis) and two that survive a restart of PGlite, whose change counters are kept in memory
 * only: a table never analysed that holds more than a few pages, and a table whose heap grew by
 * more than 10 % since its last analysis (`relpages` is what ANALYZE saw). One catalog query; no table is read.
 * `refreshStatistics` analyses those tables, one statement each, so on PGlite other queries run
 * between them. It decides nothing about when: callers do (after a bulk write, at start, on a timer).
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

export interface StaleTable {
  table: string;
  /** Why it needs analysing: never analysed, its heap grew, or rows changed since (counters). */
  reason: 'neverAnalysed' | 'grown' | 'changed';
}

/** Autovacuum's defaults (autovacuum_analyze_threshold, autovacuum_analyze_scale_factor). */
const THRESHOLD_ROWS = 50;
const SCALE = 0.1;
/**
 * Pages a table may grow by before "grown", and a table never analysed may hold before it counts:
 * the planner's guesses for a few pages are as good as statistics, and every start would
 * otherwise analyse the small tables the server itself writes to (outbox, job runs).
 */
const THRESHOLD_PAGES = 8;

export async function staleTables(db: Kysely<Database>): Promise<StaleTable[]> {
  // This connection's own changes are counted in memory until a flush (PGlite flushes only when
  // told; a server's backend about once a second): flush them so the counters below include them.
  await sql`SELECT pg_stat_force_next_flush()`.execute(db);
  const rows = await sql<{ table: string; reason: StaleTable['reason'] }>`
    SELECT t.table, t.reason FROM (
      SELECT c.relname AS table,
        CASE
          WHEN c.reltuples < 0 THEN
            CASE WHEN pg_relation_size(c.oid) / current_setting('block_size')::int > ${sql.lit(THRESHOLD_PAGES)}
                OR coalesce(s.n_mod_since_analyze, 0) > ${sql.lit(THRESHOLD_ROWS)}
              THEN 'neverAnalysed' END
          WHEN pg_relation_size(c.oid) / current_setting('block_size')::int
            > c.relpages * (1 + ${sql.lit(SCALE)}) + ${sql.lit(THRESHOLD_PAGES)} THEN 'grown'
          WHEN coalesce(s.n_mod_since_analyze, 0) > ${sql.lit(THRESHOLD_ROWS)} + ${sql.lit(SCALE)} * c.reltuples THEN 'changed'
        END AS reason
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
      WHERE c.relkind = 'r' AND n.nspname = current_schema()
    ) t
    WHERE t.reason IS NOT NULL
    ORDER BY t.table`.execute(db);
  return rows.rows;
}

/** Analyses every stale table; returns them and the time it took. */
export async function refreshStatistics(
  db: Kysely<Database>,
): Promise<{ tables: StaleTable[]; milliseconds: number }> {
  const start = performance.now();
  const tables = await staleTables(db);
  for (const t of tables) await sql`ANALYZE ${sql.id(t.table)}`.execute(db);
  return { tables, milliseconds: performance.now() - start };
}
