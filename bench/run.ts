/**
 * Benchmarks: print figures, never assert them. Each measurement runs beside a baseline in the
 * same process so that the ratio, not the machine, tells whether something got slower.
 *
 *   npm run bench
 *
 * 1. The obligation engine and compliance at national scale (561 organisations, the size of the
 *    sector on 1 January 2018, domain.md §6) against the demo's 8 organisations.
 * 2. HTTP in-process on PGlite with the demo data: the organisation list API and the Overblik page
 *    against /healthz (a database round trip).
 */
import { performance } from 'node:perf_hooks';
import { assessCompliance } from '../src/domain/compliance/assess-compliance.ts';
import { norddjursModels } from '../src/domain/governance-model/norddjurs-models.ts';
import { deriveObligations } from '../src/domain/obligations/derive-obligations.ts';
import { demoRegistry } from '../src/domain/registry/demo-data.ts';
import type { HousingOrganisation } from '../src/domain/registry/types.ts';
import { userWith } from '../test/support/actors.ts';
import { loadDemoInto } from '../test/support/demo.ts';
import { startTestApp } from '../test/support/test-app.ts';

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

const memory = process.memoryUsage();
console.log(`\nMemory after the run: rss ${mib(memory.rss)}, heap used ${mib(memory.heapUsed)}`);
