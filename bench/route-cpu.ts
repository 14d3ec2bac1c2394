/**
 * CPU per request of the bench's two read-cache routes, in-process (issue 18): the compliance API
 * with the bench's API token and the Overblik `/` with the case officer's session, on a loaded
 * bench database (npm run bench:data), the product's real Fastify server and hooks.
 *
 *   npx tsx bench/route-cpu.ts (--data-dir DIR | --database-url URL) [--requests N] [--rounds R]
 *     [--only compliance|overblik]   (node --cpu-prof --import tsx bench/route-cpu.ts … for a profile)
 *
 * Per route and round: N warm requests one after another (with --http: over the connections); prints the process CPU time
 * (user + system, process.cpuUsage) and wall time per request, the SQL statements per request
 * and the response bytes (with --http the wall time includes starting autocannon). The median over the rounds is the figure; run it alternately on two
 * trees (e.g. a `git archive` of main and the branch) on the same data to compare them. CPU
 * includes the database's when it runs in this process (PGlite), not a PostgreSQL server's.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { cookieHeader, logIn } from '../test/support/auth.ts';
import { readBenchManifest } from './data/load-bench-data.ts';
import { startRecordedApp } from './load/recorded-app.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    requests: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '5' },
    /** Only this route: `compliance` or `overblik` (e.g. for a CPU profile of one). */
    only: { type: 'string' },
    /**
     * Through real HTTP instead of inject: the app listens on loopback and autocannon (a child
     * process, `--connections` of them, default 10) sends the requests; the CPU is this
     * process's alone, i.e. the server's (and PGlite's).
     */
    http: { type: 'boolean', default: false },
    connections: { type: 'string', default: '10' },
  },
});
if (!values['data-dir'] && !values['database-url']) {
  console.error('Usage: npx tsx bench/route-cpu.ts (--data-dir DIR | --database-url URL) [--requests N]');
  process.exit(2);
}
const manifest = await readBenchManifest(
  values['database-url'] ? { databaseUrl: values['database-url'] } : { dataDir: values['data-dir']! },
);
if (!manifest) throw new Error('No bench dataset here: load one with npm run bench:data');
const { recorder, t } = await startRecordedApp({
  dataDir: values['data-dir'],
  databaseUrl: values['database-url'],
});
const run = promisify(execFile);
const autocannonBin = path.resolve(import.meta.dirname, '../node_modules/.bin/autocannon');
/** `amount` requests over `--connections` connections; fails unless all were 200. */
async function cannon(url: string, headers: Record<string, string>, amount: number): Promise<void> {
  const args = ['-c', values.connections, '-a', String(amount), '-j'];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  const { stdout } = await run(autocannonBin, [...args, url], { maxBuffer: 1 << 24 });
  const result = JSON.parse(stdout) as { '2xx': number; non2xx: number; errors: number };
  if (result['2xx'] !== amount) throw new Error(`${url}: ${JSON.stringify(result).slice(0, 300)}`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const { caseOfficer, apiToken } = manifest.users;
  const browser = await logIn(t.app, caseOfficer.email, caseOfficer.password);
  const year = new Date().getUTCFullYear();
  const all: { key: string; name: string; url: string; headers: Record<string, string> }[] = [
    {
      key: 'compliance',
      name: 'compliance API (token)',
      url: `/api/v1/municipalities/${manifest.largestMunicipality}/compliance?year=${year}`,
      headers: { authorization: `Bearer ${apiToken}` },
    },
    {
      key: 'overblik',
      name: 'Overblik / (session)',
      url: '/',
      headers: { cookie: cookieHeader(browser.cookies) },
    },
  ];
  const routes = all.filter((r) => !values.only || r.key === values.only);
  const requests = Number(values.requests);
  const base = values.http ? await t.app.listen({ host: '127.0.0.1', port: 0 }) : null;
  const results = new Map<string, { cpu: number[]; wall: number[]; statements: number; bytes: number }>();
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const route of routes) {
      const get = () => t.app.inject({ method: 'GET', url: route.url, headers: route.headers });
      for (let i = 0; i < 20; i++) await get();
      recorder.start();
      const checked = await get();
      const statements = recorder.stop().length;
      if (checked.statusCode !== 200) throw new Error(`${route.url}: ${checked.statusCode}`);
      const cpu0 = process.cpuUsage();
      const wall0 = performance.now();
      if (base) await cannon(`${base}${route.url}`, route.headers, requests);
      else for (let i = 0; i < requests; i++) await get();
      const wall = (performance.now() - wall0) / requests;
      const used = process.cpuUsage(cpu0);
      const cpu = (used.user + used.system) / 1000 / requests;
      const r = results.get(route.name) ?? {
        cpu: [],
        wall: [],
        statements,
        bytes: checked.rawPayload.length,
      };
      r.cpu.push(cpu);
      r.wall.push(wall);
      results.set(route.name, r);
    }
  }
  for (const [name, r] of results)
    console.log(
      `${name.padEnd(26)} CPU ${median(r.cpu).toFixed(3)} ms/req (rounds ${r.cpu.map((x) => x.toFixed(2)).join(' ')}), wall ${median(r.wall).toFixed(3)} ms, ${r.statements} statements, ${r.bytes} bytes`,
    );
} finally {
  await t.close();
}
