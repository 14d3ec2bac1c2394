/**
 * The embedded database's lock, end to end with real processes: while `npm start` runs on a
 * data directory, a second server and `styringsdialog migrate` on the same directory stop with a
 * message naming the lock, and the first server's data is intact afterwards. The processes run
 * the compiled program (dist/), as `npm start` and the installed command do.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connect.ts';
import { freePort } from '../support/free-port.ts';
import {
  ensureCompiled,
  repo,
  runCliProcess,
  SERVER_ARGS,
  type ServerProcess,
  startServerProcess,
  waitForHealth,
} from '../support/server-process.ts';

describe('data directory lock', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-lock-'));
  let server: ServerProcess | undefined;
  beforeAll(ensureCompiled);
  afterAll(() => {
    server?.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second process while the server runs and keeps the first server’s data', async () => {
    const port = await freePort();
    server = startServerProcess(dataDir, port, { STYRINGSDIALOG_DEMO: 'true' });
    await waitForHealth(server);

    const migrate = runCliProcess(['migrate'], dataDir);
    expect(migrate.status).toBe(5);
    expect(migrate.stderr).toContain('styringsdialog.lock');

    const second = spawnSync(process.execPath, SERVER_ARGS, {
      cwd: repo,
      env: { ...process.env, STYRINGSDIALOG_DATA: dataDir, PORT: String(await freePort()) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(second.status).toBe(5);
    expect(second.stderr).toContain('styringsdialog.lock');

    // The first server still answers, and stops cleanly on SIGTERM.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    // The demo data the first server loaded is all there after the refused processes.
    const reopened = await connect({ databaseUrl: null, dataDir });
    const organisations = await reopened.db.selectFrom('housing_organisation').select('id').execute();
    const models = await reopened.db.selectFrom('governance_model_version').select('version').execute();
    await reopened.close();
    expect(organisations.length).toBe(8);
    expect(models.length).toBe(2);
  }, 90_000);
});
