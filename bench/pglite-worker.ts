/**
 * PGlite on the main thread vs in a worker thread (issue 18, point 3), measured on the SQL the
 * compliance API sends: the statements of one GET /api/v1/municipalities/707/compliance are
 * captured from the product (demo data with its meeting history), then replayed by 50
 * concurrent "requests" against (a) PGlite on the main thread and (b) the same database in a
 * worker thread (bench/pglite-worker-thread.mjs), each request its statements in order.
 *
 *   npx tsx bench/pglite-worker.ts [requests=3000]
 *
 * Prints req/s, latency p50/p95/p99 and how a 10 ms timer on the main thread fares meanwhile
 * (ticks run of those due, lateness p99 and max) — what every other request (and /healthz) waits
 * behind.
 *
 * PGlite's own worker API (`@electric-sql/pglite/worker`, PGliteWorker) is written for browsers:
 * it elects a leader with `navigator.locks` and talks over BroadcastChannel; Node 20 has no
 * `navigator`, so it does not start here. The worker below is the minimal equivalent: one
 * PGlite, one message per statement.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { type KyselyPlugin, PostgresQueryCompiler } from 'kysely';
import { loadDemoMeetingHistory } from '../src/app/meetings/load-demo-meeting-history.ts';
import { wrapPglite } from '../src/db/connect.ts';
import { createUnitOfWork } from '../src/db/unit-of-work.ts';
import { caseOfficer707 } from '../test/support/actors.ts';
import { loadDemoInto } from '../test/support/demo.ts';
import { startTestApp } from '../test/support/test-app.ts';

const REQUESTS = Number(process.argv[2] ?? 3000);
const CONCURRENCY = 50;
const URL_ = '/api/v1/municipalities/707/compliance?year=2026';

interface Statement {
  sql: string;
  params: unknown[];
}

// 1. The product's own statements for one compliance request.
// The parsers connectInMemory gives (dates as strings, bigint as number).
const source = await PGlite.create({ parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v) } });
const statements: Statement[] = [];
let recording = false;
const compiler = new PostgresQueryCompiler();
const recorder: KyselyPlugin = {
  transformQuery({ node, queryId }) {
    if (recording) {
      const q = compiler.compileQuery(node, queryId);
      statements.push({ sql: q.sql, params: [...q.parameters] });
    }
    return node;
  },
  transformResult: async ({ result }) => result,
};
const database = wrapPglite(source, async () => {});
const t = await startTestApp({
  database: { ...database, db: database.db.withPlugin(recorder) },
  resolveActor: async () => caseOfficer707,
});
await loadDemoInto(t.database);
await loadDemoMeetingHistory(
  {
    actor: { kind: 'system', name: 'bench' },
    today: '2026-11-22',
    requestId: 'bench',
    uow: createUnitOfWork(t.database.db, { actor: 'system:bench', requestId: 'bench' }),
  },
  { linkBase: 'http://localhost:3000' },
);
await t.app.inject({ method: 'GET', url: URL_ });
recording = true;
const res = await t.app.inject({ method: 'GET', url: URL_ });
recording = false;
if (res.statusCode !== 200) throw new Error(`compliance API answered ${res.statusCode}: ${res.body}`);
const dump = await source.dumpDataDir('none');
const dumpBytes = new Uint8Array(await dump.arrayBuffer());
await t.close();
console.log(
  `${statements.length} statements per compliance request; database dump ${(dumpBytes.length / 1e6).toFixed(1)} MB`,
);

// 2. The two ways to run them.
type Run = (s: Statement) => Promise<unknown>;

async function mainThread(): Promise<{ run: Run; close(): Promise<void> }> {
  const pg = await PGlite.create({ loadDataDir: new Blob([dumpBytes]) });
  return { run: (s) => pg.query(s.sql, s.params), close: () => pg.close() };
}

async function workerThread(): Promise<{ run: Run; close(): Promise<void> }> {
  const worker = new Worker(new URL('./pglite-worker-thread.mjs', import.meta.url), {
    workerData: { dump: dumpBytes },
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: { ready?: true; id?: number; rows?: unknown; error?: string }) => {
      if (m.ready) return resolve();
      const p = pending.get(m.id as number);
      pending.delete(m.id as number);
      if (m.error) p?.reject(new Error(m.error));
      else p?.resolve(m.rows);
    });
  });
  return {
    run: (s) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, sql: s.sql, params: s.params });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function load(name: string, make: () => Promise<{ run: Run; close(): Promise<void> }>) {
  const db = await make();
  for (let i = 0; i < 20; i++) for (const s of statements) await db.run(s); // warm
  const latencies: number[] = [];
  let issued = 0;
  // A timer every 10 ms stands in for every other request (/healthz): how late does it run?
  const lateness: number[] = [];
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    lateness.push(Math.max(0, now - last - 10));
    last = now;
  }, 10);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (issued < REQUESTS) {
        issued++;
        const t0 = performance.now();
        for (const s of statements) await db.run(s);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(probe);
  lateness.push(Math.max(0, performance.now() - last - 10));
  lateness.sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  await db.close();
  const row = {
    name,
    reqPerS: Math.round(REQUESTS / seconds),
    p50: pct(latencies, 0.5),
    p95: pct(latencies, 0.95),
    p99: pct(latencies, 0.99),
    ticks: lateness.length,
    expectedTicks: Math.floor((seconds * 1000) / 10),
    loopP99: pct(lateness, 0.99),
    loopMax: lateness[lateness.length - 1] ?? 0,
  };
  results.push(row);
  console.log(
    `${name.padEnd(14)} ${String(row.reqPerS).padStart(6)} req/s  p50/p95/p99 ${row.p50.toFixed(1)}/${row.p95.toFixed(1)}/${row.p99.toFixed(1)} ms  10-ms timer: ${row.ticks} of ${row.expectedTicks} ticks, late p99 ${row.loopP99.toFixed(1)} ms, max ${row.loopMax.toFixed(1)} ms`,
  );
  return row;
}

const results: Record<string, unknown>[] = [];
console.log(`${REQUESTS} requests, ${CONCURRENCY} at once`);
for (let round = 0; round < 2; round++) {
  await load('main thread', mainThread);
  await load('worker thread', workerThread);
}
