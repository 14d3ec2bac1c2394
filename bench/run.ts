/**
 * `npm run bench`: the compiled server under load on PGlite and on a private PostgreSQL cluster,
 * each figure beside a bare baseline measured in the same run; prints a table and writes
 * bench-results.json with every figure, its baseline, the ratio and the targets of issue 18.
 *
 *   npm run bench                      national dataset, full durations
 *   npm run bench -- --quick           municipality dataset, short loads (under 5 minutes)
 *   options: --scale national|municipality  --db pglite|postgres|both  --profile (node --cpu-prof
 *            of the product server, summarised into the results)  --out FILE
 *
 * Nothing here asserts a timing; targets are reported as met or missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureBuilt } from '../scripts/build.mjs';
import { lockPathFor } from '../src/db/data-dir-lock.ts';
import { findPostgresBin, startCluster } from '../test/support/postgres-cluster.ts';
import { loadBenchData, readBenchManifest } from './data/load-bench-data.ts';
import { httpFigures } from './load/http-figures.ts';
import { pdfFigures } from './load/pdf-figure.ts';
import type { DatabaseTarget } from './load/processes.ts';
import { type ProfileLine, summariseProfileFile } from './load/profile-summary.ts';
import { PER_ROUTE_HEADER, perRouteRows, type RouteFigures } from './load/route-tally.ts';
import { engineFigures, helpFigures } from './load/small-figures.ts';
import { checkTargets, type Figure, figure, formatNumber, textTable } from './load/stats.ts';
import { TARGETS } from './load/targets.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const quick = process.argv.includes('--quick');
/** A dataset loaded earlier by `npm run bench:data` (its manifest says what it holds): not loaded again. */
const reuseDataDir = option('--data-dir');
const reuseDatabaseUrl = option('--database-url');
const scale = (option('--scale') ?? (quick ? 'municipality' : 'national')) as 'national' | 'municipality';
const which =
  option('--db') ??
  (reuseDataDir && !reuseDatabaseUrl ? 'pglite' : reuseDatabaseUrl && !reuseDataDir ? 'postgres' : 'both');
const profileDir = process.argv.includes('--profile') ? path.resolve('bench-profiles') : null;
const out = path.resolve(option('--out') ?? 'bench-results.json');
const log = (line: string) => console.log(line.startsWith('\n# ') ? `${line} (${elapsed()})` : line);
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

const startedAt = new Date();
const loadBefore = os.loadavg();
const started = performance.now();
const figures: Figure[] = [];
const notes: string[] = [];
if (profileDir) fs.mkdirSync(profileDir, { recursive: true });

log(
  `# npm run bench${quick ? ' --quick' : ''}: scale ${scale}, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
);
await ensureBuilt({ log: () => {} });

log('\n# Obligation engine, the national 2026–2029 plan (in this process)');
const engine = await engineFigures(quick ? 1000 : 3000);
log(
  `  ${engine.obligations} obligations: ${engine.planMs.toFixed(2)} ms, copying ${engine.copyMs.toFixed(2)} ms`,
);
figures.push(
  figure({
    id: 'engine.plan',
    label: `engine: national plan (${engine.obligations} obligations)`,
    unit: 'ms',
    value: engine.planMs,
    baseline: engine.copyMs,
    baselineLabel: 'copying the same objects',
  }),
  figure({
    id: 'engine.per-obligation',
    label: 'engine: per obligation',
    unit: 'µs',
    value: engine.usPerObligation,
    baseline: (engine.copyMs * 1000) / engine.obligations,
    baselineLabel: 'copying the same objects',
  }),
);

log('\n# CLI --help (compiled)');
const help = helpFigures(quick ? 3 : 5);
figures.push(
  figure({
    id: 'cli.help',
    label: 'styringsdialog --help',
    unit: 'ms',
    value: help.helpMs,
    baseline: help.nodeMs,
    baselineLabel: 'node -e 0',
  }),
);

log('\n# PDF agenda import');
const pdf = await pdfFigures(quick ? 30 : 90, quick ? 3 : 7);
log(
  `  ${pdf.pages} pages, ${pdf.casesFound} cases found; CPU per import: product ${pdf.productCpuMs.toFixed(0)} ms (extraction ${pdf.extractCpuMs.toFixed(0)} ms, all threads), pdftotext ${pdf.pdftotextCpuMs?.toFixed(0) ?? '–'} ms; median of the rounds' ratios ${pdf.roundRatio?.toFixed(2) ?? '–'}`,
);
figures.push(
  figure({
    id: 'pdf.pages-per-second',
    label: `PDF agenda import (${pdf.pages} pages)`,
    unit: 'pages/s',
    value: pdf.productPagesPerSecond,
    baseline: pdf.pdftotextPagesPerSecond,
    baselineLabel: 'pdftotext, same file',
  }),
  figure({
    id: 'pdf.extract-pages-per-second',
    label: `PDF text extraction alone (${pdf.pages} pages)`,
    unit: 'pages/s',
    value: pdf.extractPagesPerSecond,
    baseline: pdf.pdftotextPagesPerSecond,
    baselineLabel: 'pdftotext, same file',
  }),
);

const dataset: Record<string, unknown> = {};
const profiles: Record<string, ProfileLine[]> = {};
/** The product's SQL per route as captured for the bare server (for EXPLAIN ANALYZE). */
const capturedSql: Record<string, unknown> = {};
/** The 100-client mix per route (route-tally.ts), product and bare server, per database. */
const mixPerRoute: Record<string, { product: RouteFigures[]; bare: RouteFigures[] }> = {};
/** Written after every section, so a run stopped part-way keeps what it measured. */
function writeResults() {
  const targets = checkTargets(TARGETS, figures);
  const loadAfter = os.loadavg();
  const results = {
    command: `npm run bench${quick ? ' -- --quick' : ''}`,
    startedAt: startedAt.toISOString(),
    seconds: (performance.now() - started) / 1000,
    scale,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGiB: os.totalmem() / 1024 ** 3,
      node: process.version,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
    },
    dataset,
    figures,
    targets,
    profiles,
    mixPerRoute,
    capturedSql,
    notes,
  };
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  return { targets, loadAfter, results };
}

for (const kind of ['pglite', 'postgres'] as const) {
  if (which !== 'both' && which !== kind) continue;
  log(`\n# ${kind === 'pglite' ? 'PGlite (embedded, data directory)' : 'PostgreSQL (private cluster)'}`);
  let target: DatabaseTarget;
  let cleanup: () => void;
  const reuse = kind === 'pglite' ? reuseDataDir : reuseDatabaseUrl;
  if (kind === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-bench-data-'));
    // A reused data directory is copied, so the run (logins, tokens' last use) leaves it as loaded.
    if (reuseDataDir) {
      const copyStart = performance.now();
      fs.cpSync(path.resolve(reuseDataDir), dataDir, {
        recursive: true,
        filter: (from) => path.basename(from) !== path.basename(lockPathFor(reuseDataDir)),
      });
      log(`  copied ${reuseDataDir} in ${((performance.now() - copyStart) / 1000).toFixed(1)} s`);
    }
    target = { kind, dataDir };
    cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
  } else if (reuseDatabaseUrl) {
    target = { kind, databaseUrl: reuseDatabaseUrl };
    cleanup = () => {};
  } else {
    const bin = findPostgresBin();
    if (!bin) {
      notes.push('PostgreSQL: no Debian binaries under /usr/lib/postgresql, not measured');
      continue;
    }
    const cluster = await startCluster(bin);
    target = { kind, databaseUrl: cluster.url };
    cleanup = () => cluster.stop();
  }
  try {
    const where =
      target.kind === 'pglite' ? { dataDir: target.dataDir } : { databaseUrl: target.databaseUrl };
    const data = reuse ? await readBenchManifest(where) : await loadBenchData(where, scale);
    if (!data) throw new Error(`${reuse}: no bench dataset manifest; load it with npm run bench:data first`);
    dataset[kind] = { ...data, reused: reuse ? { from: reuse } : null };
    log(
      `  dataset ${reuse ? `reused (${data.scale}, loaded ${data.loadedAt} in` : 'loaded in'} ${data.seconds.toFixed(1)} s${reuse ? ')' : ''}: ${JSON.stringify(data.counts)}; largest municipality ${data.largestMunicipality}`,
    );
    if (reuse)
      notes.push(
        `${kind}: dataset reused from ${reuse} (${data.scale}, loaded ${data.loadedAt}); its load figures are from then`,
      );
    figures.push(
      figure({
        id: `${kind}.data-load`,
        label: `dataset load (${data.scale}), ${kind}${reuse ? ', earlier' : ''}`,
        unit: 's',
        value: data.seconds,
        baseline: null,
        baselineLabel: null,
      }),
    );
    const registry = Object.entries(data.phases as Record<string, number>).find(([name]) =>
      /registry import/iu.test(name),
    );
    // The target is for the whole country: a municipality-scale import is printed under its own
    // id, so it is not judged against it.
    const registryId =
      data.scale === 'national' ? 'data.registry-import' : 'data.registry-import-municipality';
    if (registry && !figures.some((f) => f.id === registryId))
      figures.push(
        figure({
          id: registryId,
          label: `registry import through the product (${registry[0]}, ${kind})`,
          unit: 's',
          value: registry[1],
          baseline: null,
          baselineLabel: null,
        }),
      );
    const http = await httpFigures(
      target,
      data.largestMunicipality,
      data.users,
      { quick, profileDir, year: new Date().getUTCFullYear() },
      log,
    );
    figures.push(...http.figures);
    capturedSql[kind] = http.captured.routes;
    mixPerRoute[kind] = { product: http.product.mixed.perRoute, bare: http.bare.mixed.perRoute };
    const profile = profileDir ? path.join(profileDir, `product-${kind}.cpuprofile`) : null;
    if (profile && fs.existsSync(profile)) profiles[kind] = summariseProfileFile(profile);
    writeResults();
  } finally {
    cleanup();
  }
}

const { targets, loadAfter, results } = writeResults();

log('\n# Figures (ratio = product / baseline)');
log(
  textTable(
    ['figure', 'unit', 'product', 'baseline', 'ratio'],
    figures.map((f) => [
      f.label,
      f.unit,
      formatNumber(f.value),
      formatNumber(f.baseline),
      f.ratio === null ? '–' : `${f.ratio.toFixed(2)}×`,
    ]),
  ),
);
log('\n# Targets of issue 18');
log(
  textTable(
    ['target', 'measured', 'result'],
    targets.map((t) => [
      t.text,
      `${formatNumber(t.measured)}${t.on === 'ratio' ? '×' : ''}`,
      t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED',
    ]),
  ),
);
for (const [kind, mix] of Object.entries(mixPerRoute)) {
  log(`\n# Mixed load per route on ${kind} (100 clients; each client walks the routes in turn)`);
  log(textTable(PER_ROUTE_HEADER, perRouteRows(mix.product, mix.bare, formatNumber)));
}
for (const [kind, lines] of Object.entries(profiles)) {
  log(`\n# Profile of the product server on ${kind} (self time, % of busy samples)`);
  for (const l of lines) log(`  ${l.percent.toFixed(1).padStart(5)} %  ${l.name}`);
}
for (const n of notes) log(`note: ${n}`);
log(
  `\nload average after: ${loadAfter.map((l) => l.toFixed(2)).join(' ')}; ${results.seconds.toFixed(0)} s; written ${path.relative(process.cwd(), out)}`,
);
