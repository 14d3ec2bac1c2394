/**
 * Benchmarks: print figures, never assert them. Each measurement runs beside a baseline in the
 * same process so that the ratio, not the machine, tells whether something got slower.
 *
 *   npm run bench:in-process
 *
 * 1. The obligation engine and compliance at national scale (561 organisations, the size of the
 *    sector on 1 January 2018, domain.md §6) against the demo's 8 organisations; and the national
 *    2026–2029 plan (98 municipalities, bench/national-plan.ts) against copying its objects.
 * 2. HTTP in-process on PGlite with the demo data: the organisation list API and the Overblik page
 *    against /healthz (a database round trip).
 * 3. Authentication on every request, in-process on PGlite: /healthz and an API read with a real
 *    session cookie and a real bearer token against the bare `SELECT 1` through the same Kysely.
 * 4. Start-up with real processes (bench/startup.ts): `npm start` on an existing data directory
 *    to the first /healthz, and `styringsdialog --help`, against bare Node processes.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createApiToken } from '../src/app/auth/create-api-token.ts';
import { runUseCase } from '../src/app/run-use-case.ts';
import { assessCompliance } from '../src/domain/compliance/assess-compliance.ts';
import { norddjursModels } from '../src/domain/governance-model/norddjurs-models.ts';
import { deriveObligations } from '../src/domain/obligations/derive-obligations.ts';
import { demoRegistry } from '../src/domain/registry/demo-data.ts';
import type { HousingOrganisation } from '../src/domain/registry/types.ts';
import { userWith } from '../test/support/actors.ts';
import { cookieHeader, createTestUser, logIn, systemContext } from '../test/support/auth.ts';
import { loadDemoInto } from '../test/support/demo.ts';
import { startTestApp } from '../test/support/test-app.ts';
import { agendaImportFigures } from './agenda-import.ts';
import { copyPlan, NATIONAL_MUNICIPALITIES, nationalMunicipalities, nationalPlan } from './national-plan.ts';
import { type StartFigure, startupFigures } from './startup.ts';

interface Result {
  name: string;
  iterations: number;
  msPerOp: number;
}

async function measure(name: string, minMs: number, op: () => unknown | Promise<unknown>): Promise<Result> {
  for (let i = 0; i < 3; i++) await op(); // warm-up
  let iterations = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    await op();
    iterations++;
  }
  return { name, iterations, msPerOp: (performance.now() - start) / iterations };
}

function report(baseline: Result, others: Result[]): void {
  const row = (r: Result) =>
    `${r.name.padEnd(58)} ${r.msPerOp.toFixed(3).padStart(9)} ms/op ${String(Math.round(1000 / r.msPerOp)).padStart(8)} op/s ${(r.msPerOp / baseline.msPerOp).toFixed(2).padStart(8)}×`;
  console.log(row(baseline));
  for (const r of others) console.log(row(r));
}

function nationalRegistry(size: number): HousingOrganisation[] {
  const template = demoRegistry().organisations.filter((o) => o.seatMunicipality === '707');
  return Array.from({ length: size }, (_, i) => {
    const t = template[i % template.length] as HousingOrganisation;
    return { ...t, id: `org-${i}`, name: `${t.name} ${i}`, cvr: String(10000000 + i) };
  });
}

function engine(organisations: HousingOrganisation[]) {
  const models = norddjursModels();
  return () => {
    const obligations = deriveObligations({ municipality: '707', models, organisations, year: 2025 });
    return assessCompliance({ obligations, facts: [], today: '2026-11-22' });
  };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

console.log('\n# Obligation engine + compliance (one steering year)');
const small = await measure(
  'baseline: 8 organisations (demo registry)',
  1000,
  engine(demoRegistry().organisations),
);
const large = await measure(
  '561 organisations (the whole sector, 2018)',
  1000,
  engine(nationalRegistry(561)),
);
report(small, [large]);

console.log(`\n# Obligation engine: the 2026–2029 plan of ${NATIONAL_MUNICIPALITIES} municipalities`);
const national = nationalMunicipalities();
const plan = nationalPlan(national);
const copied = await measure(`baseline: copying the plan's ${plan.length} obligations`, 1000, () =>
  copyPlan(plan),
);
const derived = await measure(`deriving the plan (${plan.length} obligations)`, 2000, () =>
  nationalPlan(national),
);
report(copied, [derived]);
console.log(
  `${((derived.msPerOp * 1000) / plan.length).toFixed(2)} µs per obligation (target ≤ 2 µs, ≤ 10 ms)`,
);

console.log('\n# HTTP in-process on PGlite with demo data');
const t = await startTestApp({ resolveActor: async () => userWith('caseOfficer') });
await loadDemoInto(t.database);
const get = (url: string) => async () => {
  const res = await t.app.inject({ method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
};
const health = await measure('baseline: GET /healthz (one database round trip)', 2000, get('/healthz'));
const list = await measure(
  'GET /api/v1/municipalities/707/organisations',
  2000,
  get('/api/v1/municipalities/707/organisations'),
);
const overview = await measure('GET / (Overblik: 5 years of compliance, rendered)', 2000, get('/'));
report(health, [list, overview]);
await t.close();

console.log('\n# Authentication on every request, in-process on PGlite (demo data, real credentials)');
const a = await startTestApp();
await loadDemoInto(a.database);
await createTestUser(a.database.db, { email: 'bench@norddjurs.dk', role: 'caseOfficer' });
const session = cookieHeader((await logIn(a.app, 'bench@norddjurs.dk')).cookies);
const { token } = await runUseCase(createApiToken, systemContext(a.database.db), {
  userEmail: 'bench@norddjurs.dk',
  expires: '90d',
});
const getWith = (url: string, headers: Record<string, string>) => async () => {
  const res = await a.app.inject({ method: 'GET', url, headers });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
};
const bare = await measure('baseline: SELECT 1 through the same Kysely (no HTTP)', 2000, () =>
  sql`SELECT 1`.execute(a.database.db),
);
const organisations = '/api/v1/municipalities/707/organisations';
report(bare, [
  await measure('GET /healthz, no credentials', 2000, getWith('/healthz', {})),
  await measure('GET /healthz with a session cookie', 2000, getWith('/healthz', { cookie: session })),
  await measure(`GET ${organisations}, session cookie`, 2000, getWith(organisations, { cookie: session })),
  await measure(
    `GET ${organisations}, bearer token`,
    2000,
    getWith(organisations, { authorization: `Bearer ${token}` }),
  ),
]);
await a.close();

console.log('\n# Agenda import per page (bench/agenda-import.ts)');
await agendaImportFigures();

console.log('\n# Start-up, real processes (medians of 3; CPU = all threads of the server until /healthz)');
const startup = await startupFigures(3);
const startRow = (base: StartFigure) => (f: StartFigure) =>
  console.log(
    `${f.name.padEnd(58)} ${f.wallMs.toFixed(0).padStart(6)} ms wall ${(f.cpuMs === null ? '–' : f.cpuMs.toFixed(0)).padStart(6)} ms CPU ${(f.wallMs / base.wallMs).toFixed(2).padStart(7)}×`,
  );
startup.server.forEach(startRow(startup.server[0] as StartFigure));
startup.cli.forEach(startRow(startup.cli[0] as StartFigure));
console.log('targets: npm start → /healthz ≤ 1.5 s; --help ≤ 0.5 s (wall, on an idle machine)');

const memory = process.memoryUsage();
console.log(`\nMemory after the run: rss ${mib(memory.rss)}, heap used ${mib(memory.heapUsed)}`);
