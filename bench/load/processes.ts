/**
 * The servers the bench loads, as real child processes: the compiled product (`node
 * scripts/start.mjs`, what `npm start` runs) and the bare baseline (bare-server.ts), each on a
 * free loopback port, with the time to its first `/healthz` and its resident memory from /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../../test/support/free-port.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where a server's data lives: a PGlite data directory or a PostgreSQL URL. */
export type DatabaseTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; databaseUrl: string };

export interface RunningServer {
  name: string;
  baseUrl: string;
  pid: number;
  /** Wall time from spawn to the first 200 from /healthz. */
  startMs: number;
  /**
   * CPU time (user + system, all threads) the server process used until then, from /proc; null
   * where /proc is missing. On a loaded machine the wall time grows with the load, this does not.
   */
  startCpuMs: number | null;
  output(): string;
  stop(): Promise<void>;
}

async function spawnUntilHealthy(
  name: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output = (output + String(d)).slice(-20_000)));
  child.stderr?.on('data', (d) => (output = (output + String(d)).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`${name} exited ${child.exitCode}:\n${output}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`${name} not healthy after ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    name,
    baseUrl,
    pid: child.pid as number,
    startMs: performance.now() - started,
    startCpuMs: cpuMs(child.pid as number),
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

function databaseEnv(target: DatabaseTarget): Record<string, string> {
  return target.kind === 'pglite'
    ? { STYRINGSDIALOG_DATA: target.dataDir }
    : {
        DATABASE_URL: target.databaseUrl,
        STYRINGSDIALOG_DATA: path.join(os.tmpdir(), 'styringsdialog-bench-files'),
      };
}

/** The compiled server as `npm start` runs it; `nodeArgs` e.g. `--cpu-prof`. */
export function startProduct(target: DatabaseTarget, nodeArgs: string[] = []): Promise<RunningServer> {
  return spawnUntilHealthy(`product (${target.kind})`, [...nodeArgs, 'scripts/start.mjs'], {
    ...databaseEnv(target),
    LOG_LEVEL: 'warn',
    STYRINGSDIALOG_DEMO: 'false',
    NODE_ENV: 'production',
  });
}

/** The bare baseline, replaying the statements in `routesFile` through the same driver. */
export function startBare(target: DatabaseTarget, routesFile: string): Promise<RunningServer> {
  return spawnUntilHealthy(`bare (${target.kind})`, ['--import', 'tsx', 'bench/load/bare-server.ts'], {
    BARE_ROUTES: routesFile,
    ...(target.kind === 'pglite'
      ? { BARE_DATA_DIR: target.dataDir }
      : { BARE_DATABASE_URL: target.databaseUrl }),
  });
}

/** An empty node:http server: the floor of "start a process until it answers". */
export function startEmptyNode(): Promise<RunningServer> {
  return spawnUntilHealthy(
    'empty node server',
    [
      '-e',
      `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`,
    ],
    {},
  );
}

/** CPU time (user + system, all threads) of a process in ms, null where /proc is missing. */
export function cpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ = 100 on Linux
  } catch {
    return null;
  }
}

/** Resident set size of a process in MiB (VmRSS from /proc), null where /proc is missing. */
export function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/u.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
