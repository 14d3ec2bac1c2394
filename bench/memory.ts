/**
 * Memory of the compiled server on PGlite with the demo data (issue 18, point 6): RSS after start
 * and after a burst of requests (pages, API, a PDF), with the breakdown the process reports
 * (V8 heap by space, external and array buffers) after a full GC; the rest of RSS is PGlite's
 * WebAssembly memory, code and native allocations. Reads /proc/<pid>/status.
 *
 *   npx tsx bench/memory.ts [requests=600]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../scripts/build.mjs';
import { freePort } from '../test/support/free-port.ts';

const REQUESTS = Number(process.argv[2] ?? 600);
const CONCURRENCY = 20;
const repo = path.resolve(import.meta.dirname, '..');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

await ensureBuilt({ log: () => {} });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-memory-'));
const probeFile = path.join(dataDir, 'probe.json');
const port = await freePort();
const child = spawn(
  process.execPath,
  [
    '--expose-gc',
    '--import',
    path.join(repo, 'bench/memory-probe.mjs'),
    path.join(repo, 'scripts/start.mjs'),
  ],
  {
    cwd: repo,
    env: {
      ...process.env,
      STYRINGSDIALOG_DATA: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      STYRINGSDIALOG_DEMO: 'true',
      MEMORY_PROBE_FILE: probeFile,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
const base = `http://127.0.0.1:${port}`;

function status(): { VmRSS: number; VmHWM: number; RssAnon: number; RssFile: number } {
  const text = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const out = { VmRSS: 0, VmHWM: 0, RssAnon: 0, RssFile: 0 };
  for (const key of ['VmRSS', 'VmHWM', 'RssAnon', 'RssFile']) {
    const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(text);
    if (m) out[key as keyof typeof out] = Number(m[1]) * 1024;
  }
  return out;
}

async function probe() {
  fs.rmSync(probeFile, { force: true });
  child.kill('SIGUSR2');
  for (let i = 0; i < 100 && !fs.existsSync(probeFile); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 100));
  const p = JSON.parse(fs.readFileSync(probeFile, 'utf8'));
  const s = status();
  const u = p.usage;
  const rest = s.VmRSS - u.heapTotal - u.external;
  return { s, u, spaces: p.spaces as Record<string, number>, rest };
}

function print(label: string, m: Awaited<ReturnType<typeof probe>>) {
  console.log(
    `${label.padEnd(26)} RSS ${mib(m.s.VmRSS)} (peak ${mib(m.s.VmHWM)}, anon ${mib(m.s.RssAnon)}, file ${mib(m.s.RssFile)}); ` +
      `V8 heap ${mib(m.u.heapUsed)} used of ${mib(m.u.heapTotal)} (old ${mib(m.spaces.old_space ?? 0)}, code ${mib(m.spaces.code_space ?? 0)}); ` +
      `external ${mib(m.u.external)} (array buffers ${mib(m.u.arrayBuffers)}); rest (wasm, code, native) ${mib(m.rest)}`,
  );
}

try {
  const end = Date.now() + 180_000;
  for (;;) {
    if (Date.now() > end) throw new Error('server did not start');
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  print('after start', await probe());

  const form = await fetch(`${base}/log-ind`);
  const csrfCookie = form.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const login = await fetch(`${base}/log-ind`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie.join('; ') },
    body: new URLSearchParams({ _csrf: csrf, email: 'sagsbehandler@norddjurs.demo', password: 'demo1234' }),
  });
  const cookie = [...csrfCookie, ...login.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
  const urls = [
    '/',
    '/boligorganisationer',
    '/personer',
    '/moeder',
    '/aftaler',
    '/api/v1/municipalities/707/compliance?year=2026',
    '/api/v1/municipalities/707/organisations',
    '/api/v1/municipalities/707/meetings',
    '/orientering?aar=2026',
  ];
  let issued = 0;
  let failed = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (issued < REQUESTS) {
        const url = urls[issued++ % urls.length] as string;
        const res = await fetch(`${base}${url}`, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) failed++;
      }
    }),
  );
  const pdf = await fetch(`${base}/orientering.pdf?aar=2026`, { headers: { cookie } });
  await pdf.arrayBuffer();
  console.log(
    `${REQUESTS} requests (${CONCURRENCY} at once, ${failed} not 200) in ${((Date.now() - started) / 1000).toFixed(1)} s, then /orientering.pdf (${pdf.status})`,
  );
  print('after the burst (GC)', await probe());
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
