/**
 * The compiled program, as `npm start` and the installed `styringsdialog` command run it, for
 * process tests: `node scripts/start.mjs` and `node bin/styringsdialog.js`. Call ensureCompiled()
 * in beforeAll: it builds dist/ when it is missing or stale (once, however many test files ask).
 */
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from '../../scripts/build.mjs';

export const repo = path.resolve(import.meta.dirname, '../..');

/** `npm start` without npm in between (signals reach the server itself). */
export const serverCommand: readonly [string, string[]] = [
  process.execPath,
  [path.join(repo, 'scripts/start.mjs')],
];

/** The installed command line: prepend to the CLI's arguments. */
export const cliCommand: readonly [string, string[]] = [
  process.execPath,
  [path.join(repo, 'bin/styringsdialog.js')],
];

export async function ensureCompiled(): Promise<void> {
  await ensureBuilt({ log: () => {} });
}

/** Starts the compiled server with `env` added to this process' environment. */
export function spawnServer(env: Record<string, string>, options: SpawnOptions = {}): ChildProcess {
  return spawn(serverCommand[0], serverCommand[1], {
    cwd: repo,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
}

/** Polls /healthz until it answers 200. */
export async function waitForHealth(port: number, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}
