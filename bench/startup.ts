/**
 * Start-up figures with real processes: the time from spawning a server to its first `/healthz`
 * answer on an existing data directory, and the time of `styringsdialog --help`, each beside a
 * bare Node process doing the least of the same (an empty HTTP server; `node -e 0`). Also the
 * CPU the server process used until then (all threads, from /proc on Linux): on a loaded
 * machine the wall time grows with the load, the CPU time does not.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureBuilt, ROOT } from '../scripts/build.mjs';
import { freePort } from '../test/support/free-port.ts';

export interface StartFigure {
  name: string;
  /** Medians over the runs. */
  wallMs: number;
  cpuMs: number | null;
}

const CLOCK_TICKS_MS = 10; // USER_HZ = 100 on Linux

function cpuOfProcess(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICKS_MS;
  } catch {
    return null;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function timeToHealthy(command: string, args: string[], env: Record<string, string>, url: string) {
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  try {
    for (;;) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return { wallMs: performance.now() - started, cpuMs: child.pid ? cpuOfProcess(child.pid) : null };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

async function serverStart(name: string, command: string, args: string[], dataDir: string, runs: number) {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const port = await freePort();
    const r = await timeToHealthy(
      command,
      args,
      { STYRINGSDIALOG_DATA: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
      `http://127.0.0.1:${port}/healthz`,
    );
    walls.push(r.wallMs);
    if (r.cpuMs !== null) cpus.push(r.cpuMs);
  }
  return { name, wallMs: median(walls), cpuMs: cpus.length ? median(cpus) : null };
}

function commandTime(name: string, command: string, args: string[], runs: number): StartFigure {
  const walls: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr}`);
    walls.push(performance.now() - started);
  }
  return { name, wallMs: median(walls), cpuMs: null };
}

const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT))`;

export async function startupFigures(runs = 3): Promise<{ server: StartFigure[]; cli: StartFigure[] }> {
  await ensureBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-bench-start-'));
  try {
    const node = process.execPath;
    // The first start creates the database, migrates and loads the demo: not what is measured.
    await serverStart('first start', node, ['scripts/start.mjs'], dataDir, 1);
    const server = [
      await serverStart('baseline: empty Node HTTP server', node, ['-e', BARE_SERVER], dataDir, runs),
      await serverStart(
        'npm start (compiled, existing data dir)',
        node,
        ['scripts/start.mjs'],
        dataDir,
        runs,
      ),
      await serverStart(
        'npm run dev (tsx, existing data dir)',
        node,
        ['--import', 'tsx', 'src/main/server.ts'],
        dataDir,
        runs,
      ),
    ];
    const cli = [
      commandTime('baseline: node -e 0', node, ['-e', '0'], runs),
      commandTime('styringsdialog --help (compiled)', node, ['bin/styringsdialog.js', '--help'], runs),
      commandTime(
        'npm run cli -- --help (tsx)',
        node,
        ['--import', 'tsx', 'src/main/cli.ts', '--help'],
        runs,
      ),
    ];
    return { server, cli };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
