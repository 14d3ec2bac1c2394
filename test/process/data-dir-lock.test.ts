/**
 * The embedded database's lock, end to end with real processes: while `npm start` runs on a
 * data directory, a second server and `styringsdialog migrate` on the same directory stop with a
 * message naming the lock, and the first server's data is intact afterwards.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connect.ts';
import { freePort } from '../support/free-port.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');

function startServer(dataDir: string, port: number): ChildProcess {
  return spawn(tsx, ['src/main/server.ts'], {
    cwd: repo,
    env: {
      ...process.env,
      STYRINGSDIALOG_DATA: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      STYRINGSDIALOG_DEMO: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitForHealth(port: number, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become healthy');
}

describe('data directory lock', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-lock-'));
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second process while the server runs and keeps the first server’s data', async () => {
    const port = await freePort();
    server = startServer(dataDir, port);
    await waitForHealth(port);

    const migrate = spawnSync(tsx, ['src/main/cli.ts', 'migrate'], {
      cwd: repo,
      env: { ...process.env, STYRINGSDIALOG_DATA: dataDir },
      encoding: 'utf8',
    });
    expect(migrate.status).toBe(5);
    expect(migrate.stderr).toContain('styringsdialog.lock');

    const second = spawnSync(tsx, ['src/main/server.ts'], {
      cwd: repo,
      env: { ...process.env, STYRINGSDIALOG_DATA: dataDir, PORT: String(await freePort()) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(second.status).toBe(5);
    expect(second.stderr).toContain('styringsdialog.lock');

    // The first server still answers, and stops cleanly on SIGTERM.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => server?.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);

    // The demo data the first server loaded is all there after the refused processes.
    const reopened = await connect({ databaseUrl: null, dataDir });
    const organisations = await reopened.db.selectFrom('housing_organisation').select('id').execute();
    const models = await reopened.db.selectFrom('governance_model_version').select('version').execute();
    await reopened.close();
    expect(organisations.length).toBe(8);
    expect(models.length).toBe(2);
  }, 90_000);
});
