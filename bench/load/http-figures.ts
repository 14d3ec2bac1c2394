/**
 * The HTTP figures on one database: the compiled product as a child process under autocannon,
 * then the bare server replaying the product's captured SQL under the same loads, on the same
 * database, in the same run. Compliance API and Overblik for the largest municipality at 1 and
 * 50 connections, /healthz at 50, the 100-client mix of pages and API GETs, RSS after the load,
 * and cold start on the existing data to /healthz beside an empty node server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type LoadRequest, type LoadResult, runLoad } from './cannon.ts';
import { type Captured, captureRoutes, type RouteToCapture } from './capture-routes.ts';
import {
  type DatabaseTarget,
  type RunningServer,
  rssMiB,
  startBare,
  startEmptyNode,
  startProduct,
} from './processes.ts';
import { type Figure, figure } from './stats.ts';

export interface HttpPlan {
  quick: boolean;
  /** Write a CPU profile of the product server here (node --cpu-prof). */
  profileDir: string | null;
  year: number;
}

export interface BenchUsers {
  caseOfficer: { email: string; password: string };
  apiToken: string;
}

function routesFor(municipality: string, year: number) {
  const api = `/api/v1/municipalities/${municipality}`;
  const health: RouteToCapture = { path: '/healthz', credential: 'none' };
  const compliance: RouteToCapture = { path: `${api}/compliance?year=${year}`, credential: 'token' };
  const overblik: RouteToCapture = { path: '/', credential: 'session' };
  const mixed: RouteToCapture[] = [
    overblik,
    compliance,
    { path: '/boligorganisationer', credential: 'session' },
    { path: `${api}/organisations`, credential: 'token' },
    { path: '/moeder', credential: 'session' },
    { path: `${api}/meetings`, credential: 'token' },
    { path: '/aftaler', credential: 'session' },
    { path: `${api}/agreements`, credential: 'token' },
    { path: '/politiske-sager', credential: 'session' },
  ];
  return { health, compliance, overblik, mixed };
}

interface Loads {
  health: LoadResult;
  compliance1: LoadResult;
  compliance50: LoadResult;
  overblik1: LoadResult;
  overblik50: LoadResult;
  mixed: LoadResult;
  rss: number | null;
}

async function loadServer(
  server: RunningServer,
  routes: ReturnType<typeof routesFor>,
  mixed: readonly RouteToCapture[],
  captured: Captured,
  plan: HttpPlan,
  log: (line: string) => void,
): Promise<Loads> {
  const request = (r: RouteToCapture): LoadRequest => ({
    path: r.path,
    headers: captured.headers[r.credential],
  });
  const s = plan.quick
    ? { one: 2, fifty: 4, mixed: 12, health: 2 }
    : { one: 10, fifty: 15, mixed: 30, health: 5 };
  const load = async (
    name: string,
    rs: readonly RouteToCapture[],
    connections: number,
    seconds: number,
    inspect = false,
  ) => {
    const result = await runLoad({
      baseUrl: server.baseUrl,
      connections,
      seconds,
      requests: rs.map(request),
      inspectAnswers: inspect,
      timeoutSeconds: 10,
    });
    log(
      `  ${server.name} ${name} c=${connections}: ${result.rps.toFixed(1)} req/s, p50/p95/p99 ${result.latencyMs.p50}/${result.latencyMs.p95}/${result.latencyMs.p99} ms, ${result.responses} answers, ${result.errors} errors, ${result.timeouts} timeouts, ${result.unanswered} unanswered at the end, status ${JSON.stringify(result.statusCounts)}`,
    );
    return result;
  };
  // Warm-up: JIT, caches and the pool, not measured.
  for (const r of mixed)
    for (let i = 0; i < 3; i++)
      await fetch(server.baseUrl + r.path, { headers: captured.headers[r.credential] });
  return {
    health: await load('/healthz', [routes.health], 50, s.health),
    compliance1: await load('compliance API', [routes.compliance], 1, s.one),
    compliance50: await load('compliance API', [routes.compliance], 50, s.fifty),
    overblik1: await load('Overblik', [routes.overblik], 1, s.one),
    overblik50: await load('Overblik', [routes.overblik], 50, s.fifty),
    mixed: await load('mixed pages + API', mixed, 100, s.mixed, true),
    rss: rssMiB(server.pid),
  };
}

export async function httpFigures(
  target: DatabaseTarget,
  municipality: string,
  users: BenchUsers,
  plan: HttpPlan,
  log: (line: string) => void,
): Promise<{ figures: Figure[]; captured: Captured; product: Loads; bare: Loads }> {
  const routes = routesFor(municipality, plan.year);
  const all = [routes.health, ...routes.mixed];
  const captured = await captureRoutes(target, all, users);
  const mixed = routes.mixed.filter((r) => captured.status[r.path] === 200);
  for (const r of all)
    log(
      `  captured ${r.path}: ${captured.status[r.path]}, ${captured.routes[r.path]?.length} statements, ${captured.bytes[r.path]} bytes${captured.writesLeftOut[r.path] ? `, ${captured.writesLeftOut[r.path]} writes left out` : ''}`,
    );
  for (const r of [routes.compliance, routes.overblik])
    if (captured.status[r.path] !== 200)
      throw new Error(`${r.path} answered ${captured.status[r.path]} in-process`);
  const routesFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-bench-routes-')),
    'routes.json',
  );
  fs.writeFileSync(routesFile, JSON.stringify(captured.routes));

  const profileArgs = plan.profileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${plan.profileDir}`, `--cpu-prof-name=product-${target.kind}.cpuprofile`]
    : [];
  const productServer = await startProduct(target, profileArgs);
  let product: Loads;
  try {
    product = await loadServer(productServer, routes, mixed, captured, plan, log);
  } finally {
    await productServer.stop();
  }
  const bareServer = await startBare(target, routesFile);
  let bare: Loads;
  try {
    bare = await loadServer(bareServer, routes, mixed, captured, plan, log);
  } finally {
    await bareServer.stop();
  }

  const starts: number[] = [];
  const startCpus: number[] = [];
  const emptyStarts: number[] = [];
  const emptyStartCpus: number[] = [];
  for (let i = 0; i < (plan.quick ? 1 : 3); i++) {
    const empty = await startEmptyNode();
    emptyStarts.push(empty.startMs);
    if (empty.startCpuMs !== null) emptyStartCpus.push(empty.startCpuMs);
    await empty.stop();
    const again = await startProduct(target);
    starts.push(again.startMs);
    if (again.startCpuMs !== null) startCpus.push(again.startCpuMs);
    await again.stop();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null;
  log(
    `  RSS after the loads: product ${product.rss?.toFixed(0)} MiB, bare ${bare.rss?.toFixed(0)} MiB; start → /healthz: product ${starts.map((x) => x.toFixed(0)).join(', ')} ms (CPU ${startCpus.join(', ')} ms), empty node server ${emptyStarts.map((x) => x.toFixed(0)).join(', ')} ms (CPU ${emptyStartCpus.join(', ')} ms)`,
  );

  const k = target.kind;
  const db = k === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const figures: Figure[] = [];
  const loadFigures = (id: string, label: string, p: LoadResult, b: LoadResult) => {
    const base = { baselineLabel: 'bare server, same SQL' };
    figures.push(
      figure({
        id: `${k}.${id}.rps`,
        label: `${label}, ${db}: req/s`,
        unit: 'req/s',
        value: p.rps,
        baseline: b.rps,
        ...base,
      }),
      figure({
        id: `${k}.${id}.p50`,
        label: `${label}, ${db}: p50`,
        unit: 'ms',
        value: p.latencyMs.p50,
        baseline: b.latencyMs.p50,
        ...base,
      }),
      figure({
        id: `${k}.${id}.p95`,
        label: `${label}, ${db}: p95`,
        unit: 'ms',
        value: p.latencyMs.p95,
        baseline: b.latencyMs.p95,
        ...base,
      }),
      figure({
        id: `${k}.${id}.p99`,
        label: `${label}, ${db}: p99`,
        unit: 'ms',
        value: p.latencyMs.p99,
        baseline: b.latencyMs.p99,
        ...base,
      }),
    );
  };
  loadFigures('compliance.c1', 'compliance API, 1 connection', product.compliance1, bare.compliance1);
  loadFigures('compliance.c50', 'compliance API, 50 connections', product.compliance50, bare.compliance50);
  loadFigures('overblik.c1', 'Overblik, 1 connection', product.overblik1, bare.overblik1);
  loadFigures('overblik.c50', 'Overblik, 50 connections', product.overblik50, bare.overblik50);
  loadFigures('healthz.c50', '/healthz, 50 connections', product.health, bare.health);
  loadFigures('mixed.c100', `mixed load (${mixed.length} routes), 100 clients`, product.mixed, bare.mixed);
  // A load that got no answer at all says nothing about timeouts or errors: not measured.
  const answered = (r: LoadResult, n: number) => (r.responses === 0 ? null : n);
  const m = product.mixed;
  const mb = bare.mixed;
  const mixedBase = { baselineLabel: 'bare server, same SQL' };
  figures.push(
    figure({
      id: `${k}.mixed.timeouts`,
      label: `mixed load, ${db}: timeouts (10 s)`,
      unit: 'count',
      value: answered(m, m.timeouts),
      baseline: answered(mb, mb.timeouts),
      ...mixedBase,
    }),
    figure({
      id: `${k}.mixed.unanswered`,
      label: `mixed load, ${db}: unanswered when the load stopped`,
      unit: 'count',
      value: answered(m, m.unanswered),
      baseline: answered(mb, mb.unanswered),
      ...mixedBase,
    }),
    figure({
      id: `${k}.mixed.errors`,
      label: `mixed load, ${db}: connection errors`,
      unit: 'count',
      value: answered(m, m.errors),
      baseline: answered(mb, mb.errors),
      ...mixedBase,
    }),
    figure({
      id: `${k}.mixed.5xx`,
      label: `mixed load, ${db}: 5xx (not 503 + Retry-After)`,
      unit: 'count',
      value: answered(m, m.serverErrors),
      baseline: answered(mb, mb.serverErrors),
      ...mixedBase,
    }),
    figure({
      id: `${k}.mixed.503-retry-after`,
      label: `mixed load, ${db}: 503 + Retry-After`,
      unit: '%',
      value: answered(m, m.unavailableShare),
      baseline: answered(mb, mb.unavailableShare),
      ...mixedBase,
      note: `${m.unavailableWithRetryAfter} of ${m.responses}`,
    }),
    figure({
      id: `${k}.rss-after-load`,
      label: `server RSS after the loads, ${db}`,
      unit: 'MiB',
      value: product.rss,
      baseline: bare.rss,
      ...mixedBase,
    }),
    figure({
      id: `${k}.cold-start`,
      label: `start on existing data → /healthz, ${db}`,
      unit: 'ms',
      value: median(starts),
      baseline: median(emptyStarts),
      baselineLabel: 'empty node server',
    }),
    figure({
      id: `${k}.cold-start-cpu`,
      label: `start → /healthz, CPU of the server (all threads), ${db}`,
      unit: 'ms',
      value: median(startCpus),
      baseline: median(emptyStartCpus),
      baselineLabel: 'empty node server',
    }),
    figure({
      id: `${k}.overblik.bytes`,
      label: `Overblik page size, ${db}`,
      unit: 'KB',
      value: (captured.bytes['/'] ?? 0) / 1024,
      baseline: null,
      baselineLabel: null,
    }),
    figure({
      id: `${k}.overblik.statements`,
      label: `Overblik SQL statements per request, ${db}`,
      unit: 'count',
      value: captured.routes['/']?.length ?? null,
      baseline: null,
      baselineLabel: null,
    }),
  );
  fs.rmSync(path.dirname(routesFile), { recursive: true, force: true });
  return { figures, captured, product, bare };
}
