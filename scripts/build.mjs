/**
 * The production build: esbuild compiles src/main/server.ts, src/main/cli.ts and the PDF worker
 * threads src/web/pdf/pdf-worker.ts and src/importer/agenda/pdf-text-worker.ts (and everything they import from src/) into dist/ as ES modules for Node 20. npm packages are
 * bundled too (one chunk instead of ~1,000 files resolved and loaded one by one at every start),
 * except those in KEEP_EXTERNAL: Node loads them from node_modules as before, so their own files
 * (PGlite's wasm, pdf.js' worker, pdfkit's and dkfds' fonts) are found where they always were.
 * Dynamic imports become chunks loaded on first
 * use (the CLI's `--help` loads no database, no HTTP server).
 *
 * The web assets (src/web/assets) are copied to dist/assets, next to the compiled code that
 * serves them.
 *
 * dist/build-stamp.json lists every source file of the build with its size and modification
 * time; the build is fresh while each still matches. Checking that takes a few milliseconds, so
 * `npm start` and bin/styringsdialog.js check on every start and rebuild only when stale.
 *
 *   node scripts/build.mjs            build now
 *   node scripts/build.mjs --if-stale build only when missing or stale
 *
 * Plain JavaScript, so that it runs on a fresh `npm install` without tsx.
 */
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, 'build-stamp.json');
const ASSETS = 'src/web/assets';
/**
 * npm packages that stay in node_modules: those that read their own files next to their code
 * (PGlite's wasm, pdf.js' worker, pdfkit's fonts, dkfds' assets, swagger-ui's static files), the
 * native argon2, and those loaded only on first use (dynamic imports, bundled or not, cost nothing
 * at start; kept external to keep dist/ small). Everything else is bundled: one file per chunk
 * instead of ~400 modules resolved, read and linked one by one at every start.
 */
const KEEP_EXTERNAL = [
  '@electric-sql/pglite',
  'pdfjs-dist',
  'pdfkit',
  'svg-to-pdfkit',
  'vega',
  'dkfds',
  'argon2',
  'exceljs',
  'pg',
  '@fastify/swagger-ui',
  'esbuild',
  'tsx',
  'date-holidays',
  'nodemailer',
  'openid-client',
  'node-ical',
  'ical.js',
  'iconv-lite',
];
/** Files that shape the output besides the bundled sources. */
const CONFIG_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

function fingerprint(relativePath) {
  try {
    const s = statSync(path.join(ROOT, relativePath));
    return [relativePath, s.size, s.mtimeMs];
  } catch {
    return [relativePath, -1, -1];
  }
}

/** The asset files, relative to the repository, sorted. */
function assetFiles() {
  return readdirSync(path.join(ROOT, ASSETS), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .sort();
}

/** Why the build in dist/ cannot be used as it is, or null when it is fresh. */
export function staleReason() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return 'no build in dist/';
  }
  for (const [file, size, mtimeMs] of stamp.inputs) {
    const [, nowSize, nowMtime] = fingerprint(file);
    if (nowSize !== size || nowMtime !== mtimeMs) return `${file} changed`;
  }
  const assets = assetFiles();
  if (assets.join('\n') !== stamp.assets.join('\n')) return `${ASSETS} changed`;
  return null;
}

/** Compiles src/ into dist/ and writes the stamp. Returns the build's duration in ms. */
export async function build() {
  const started = performance.now();
  const esbuild = await import('esbuild');
  const staging = `${DIST}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const assets = assetFiles();
  const startedAt = Date.now();
  const config = CONFIG_INPUTS.map(fingerprint);
  const assetPrints = assets.map(fingerprint);
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: ROOT,
      // pdf-worker: the PDF worker thread (src/web/pdf/pdf-pool.ts starts dist/pdf-worker.js).
      entryPoints: {
        server: 'src/main/server.ts',
        cli: 'src/main/cli.ts',
        'pdf-worker': 'src/web/pdf/pdf-worker.ts',
        // pdf-text-worker: reads PDF text for the agenda import (src/importer/agenda/pdf-text-pool.ts).
        'pdf-text-worker': 'src/importer/agenda/pdf-text-worker.ts',
      },
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: KEEP_EXTERNAL,
      // CommonJS packages bundled into ES modules call require() for Node's built-ins.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
    });
  } finally {
    // esbuild's service process would otherwise live on beside the server `npm start` runs.
    await esbuild.stop();
  }
  // A source saved while esbuild read it may not be what was compiled: record it as changed.
  const sources = Object.keys(result.metafile.inputs)
    .filter((f) => !f.includes('node_modules/'))
    .sort()
    .map(fingerprint)
    .map(([file, size, mtimeMs]) => [file, size, mtimeMs >= startedAt ? -1 : mtimeMs]);
  mkdirSync(path.join(staging, 'assets'), { recursive: true });
  cpSync(path.join(ROOT, ASSETS), path.join(staging, 'assets'), { recursive: true });
  writeFileSync(
    path.join(staging, 'build-stamp.json'),
    `${JSON.stringify({ inputs: [...config, ...sources, ...assetPrints], assets }, null, 1)}\n`,
  );
  // Swap the finished build in with two renames, so that a process starting meanwhile never sees
  // half a dist/. A server already running keeps what it loaded: it imports none of dist/'s own
  // files lazily (only npm packages, e.g. pdf.js on the first PDF).
  const previous = `${DIST}.previous-${process.pid}`;
  rmSync(previous, { recursive: true, force: true });
  if (statSync(DIST, { throwIfNoEntry: false })) renameSync(DIST, previous);
  renameSync(staging, DIST);
  rmSync(previous, { recursive: true, force: true });
  return performance.now() - started;
}

const LOCK = `${DIST}.lock`;
const LOCK_STALE_MS = 120_000;

/**
 * Runs `fn` holding dist.lock (an atomic mkdir), so that parallel starts or test files build
 * once: the others wait and find the build fresh. A lock older than two minutes is a crashed
 * build and is taken over.
 */
async function withBuildLock(fn) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds when dist/ is missing or stale; quiet when it is fresh. True when it built. */
export async function ensureBuilt({ log = (message) => process.stderr.write(`${message}\n`) } = {}) {
  if (staleReason() === null) return false;
  return withBuildLock(async () => {
    const reason = staleReason();
    if (reason === null) return false;
    log(`Bygger dist/ (${reason}) …`);
    const ms = await build();
    log(`Bygget på ${(ms / 1000).toFixed(1)} s.`);
    return true;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale')) await ensureBuilt();
  else {
    const ms = await withBuildLock(build);
    process.stderr.write(`dist/ bygget på ${(ms / 1000).toFixed(1)} s.\n`);
  }
}
