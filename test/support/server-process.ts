/**
 * Real server and CLI processes for the process tests. The server runs as ONE node process
 * (`node --import tsx`), not behind the tsx wrapper, so `kill -9` hits the process that holds
 * the data directory and the database, as a crash would.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const repo = path.resolve(import.meta.dirname, '../..');

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
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/server.ts'], {
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
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', ...args], {
    cwd: repo,
    env: { ...process.env, STYRINGSDIALOG_DATA: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
