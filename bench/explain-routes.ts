/**
 * `npx tsx bench/explain-routes.ts (--data-dir DIR | --database-url URL) --email E [--password P]
 * [--route PATH]... [--analyze] [--cold]`: on a loaded bench database (npm run bench:data), the app
 * in-process logged in as E (the bench's case officer by default password) records the SQL of one
 * warm request per route, then times each statement on its own (median of 5: ms, rows, bytes of
 * its rows as JSON) and the whole request in-process (median of 5, response size). With
 * `--analyze` it prints each statement's EXPLAIN ANALYZE; `--repeat N` times N requests (default 5); `--profile PREFIX` writes a CPU profile of them; `--cold` records the first request (the read cache
 * empty: the statements behind it) instead of a warm one. What to look at before optimising a
 * read route: which statement costs, how many rows it reads, and how much is left for the app.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { cookieHeader, logIn } from '../test/support/auth.ts';
import { BENCH_PASSWORD } from './data/load-bench-data.ts';
import { startRecordedApp } from './load/recorded-app.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string', default: BENCH_PASSWORD },
    route: { type: 'string', multiple: true },
    analyze: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '5' },
    profile: { type: 'string' },
    cold: { type: 'boolean', default: false },
  },
});
if ((!values['data-dir'] && !values['database-url']) || !values.email) {
  console.error('Usage: npx tsx bench/explain-routes.ts (--data-dir DIR | --database-url URL) --email E');
  process.exit(2);
}
const email = values.email;
const municipality = /@k(\d+)\./u.exec(email)?.[1] ?? '';
const routes = values.route ?? [
  `/api/v1/municipalities/${municipality}/compliance?year=${new Date().getUTCFullYear()}`,
  '/',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const { database, recorder, t } = await startRecordedApp({
  dataDir: values['data-dir'],
  databaseUrl: values['database-url'],
});
try {
  const browser = await logIn(t.app, email, values.password);
  const headers = { cookie: cookieHeader(browser.cookies) };
  for (const route of routes) {
    const get = () => t.app.inject({ method: 'GET', url: route, headers });
    // Warm: what a request sends once the read cache holds the route; cold (--cold): the first
    // request of the process, i.e. what every request after a write sends (the reads behind the cache).
    if (!values.cold) {
      await get();
      await get();
    }
    recorder.start();
    const res = await get();
    const statements = recorder.stop();
    const times: number[] = [];
    // CPU time of this process (PGlite runs in it) says more than wall time on a loaded machine.
    const session = values.profile ? new Session() : null;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const cpuBefore = process.cpuUsage();
    for (let i = 0; i < Number(values.repeat); i++) {
      const start = performance.now();
      await get();
      times.push(performance.now() - start);
    }
    const cpu = process.cpuUsage(cpuBefore);
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      const file = `${values.profile}-${routes.indexOf(route)}.cpuprofile`;
      fs.writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      console.log(`profile of the timed requests: ${file}`);
    }
    const cpuMs = (cpu.user + cpu.system) / 1000 / Number(values.repeat);
    console.log(
      `\n## ${route}: ${res.statusCode}, ${(res.rawPayload.length / 1024).toFixed(1)} KB, ${statements.length} statements, request in-process median ${median(times).toFixed(1)} ms, CPU ${cpuMs.toFixed(1)} ms`,
    );
    let total = 0;
    for (const [i, s] of statements.entries()) {
      const ms: number[] = [];
      let rows: unknown[] = [];
      for (let k = 0; k < 5; k++) {
        const start = performance.now();
        rows = (await sql.raw(bind(s.sql, s.parameters)).execute(database.db)).rows;
        ms.push(performance.now() - start);
      }
      total += median(ms);
      const bytes = JSON.stringify(rows).length;
      console.log(
        `${String(i + 1).padStart(2)}. ${median(ms).toFixed(2).padStart(7)} ms ${String(rows.length).padStart(6)} rows ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${s.sql.replace(/\s+/gu, ' ').slice(0, 160)}`,
      );
      if (values.analyze) {
        const plan = await sql.raw(`EXPLAIN ANALYZE ${bind(s.sql, s.parameters)}`).execute(database.db);
        for (const r of plan.rows as Record<string, string>[]) console.log(`      ${Object.values(r)[0]}`);
      }
    }
    console.log(`   statements alone: ${total.toFixed(1)} ms`);
  }
} finally {
  await t.close();
}

/** Inlines the parameters as literals (for timing and EXPLAIN only; the values come from the app). */
function bind(text: string, parameters: readonly unknown[]): string {
  return text.replace(/\$(\d+)/gu, (_, n: string) => literal(parameters[Number(n) - 1]));
}

function literal(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return `'${v.toISOString()}'`;
  if (Array.isArray(v)) return `ARRAY[${v.map(literal).join(',')}]`;
  if (typeof v === 'object') return `'${JSON.stringify(v).replace(/'/gu, "''")}'`;
  return `'${String(v).replace(/'/gu, "''")}'`;
}
