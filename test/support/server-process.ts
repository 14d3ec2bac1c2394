/**
 * Real server and CLI processes for the process tests, running the compiled program as
 * `npm start` and the installed command do: `node scripts/start.mjs` and
 * `node bin/styringsdialog.js`. The server is ONE node process (start.mjs imports dist/server.js
 * in-process), so `kill -9` hits the process that holds the data directory and the database, as
 * a crash would. Call ensureCompiled() in beforeAll: it builds dist/ when it is missing or stale,
 * once however many test files ask, so that no start-up below includes a build.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from '../../scripts/build.mjs';

export const repo = path.resolve(import.meta.dirname, '../..');
/** `npm start` without npm in between (signals reach the server itself). */
export const SERVER_ARGS = [path.join(repo, 'scripts/start.mjs')];
/** The installed command line; the CLI's arguments follow. */
export const CLI_ARGS = [path.join(repo, 'bin/styringsdialog.js')];

export async function ensureCompiled(): Promise<void> {
  await ensureBuilt({ log: () => {} });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<number | null>;
}

export function startServerProcess(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
): ServerProcess {
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: repo,
    env: {
      ...process.env,
      STYRINGSDIALOG_DATA: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      STYRINGSDIALOG_DEMO: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, port, output: () => output, exited };
}

/** Resolves when /healthz answers 200; rejects when the process exits first or time runs out. */
export async function waitForHealth(server: ServerProcess, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (Date.now() < end) {
    if (exited) throw new Error(`server exited before it was healthy:\n${server.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`server did not become healthy:\n${server.output()}`);
}

/** Runs the CLI to completion (the data directory must not be held by a server). */
export function runCliProcess(
  args: string[],
  dataDir: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    cwd: repo,
    env: { ...process.env, STYRINGSDIALOG_DATA: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
