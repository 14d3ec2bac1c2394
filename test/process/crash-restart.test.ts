/**
 * Crash test: a real server takes a stream of acknowledged writes (people created through the API
 * with a bearer token), is killed with SIGKILL in the middle of it, and is restarted at once.
 * The restart must not wait for the dead server's lock, and every write the server acknowledged
 * (201) before it died must be there afterwards. Three rounds, as the hardening probe did.
 *
 * Timing: the restarted server takes the data directory lock before it loads the rest of the app,
 * and must have it within 2 s of the kill (before, it waited for a 15 s stale timeout and a restart
 * inside that window exited 1). kill → healthy is printed beside a cold start of the same run: it
 * adds the server's own start-up (loading the compiled app, PGlite, routes), which on a loaded 2-core
 * machine alone takes several seconds; it must not exceed a cold start by more than 2 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../src/db/data-dir-lock.ts';
import { freePort } from '../support/free-port.ts';
import {
  ensureCompiled,
  runCliProcess,
  type ServerProcess,
  startServerProcess,
  waitForHealth,
} from '../support/server-process.ts';

const ROUNDS = 3;
const WORKERS = 4;

describe('kill -9 under a stream of acknowledged writes', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-crash-'));
  let server: ServerProcess | undefined;
  beforeAll(ensureCompiled);
  afterAll(() => {
    server?.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts at once and loses no acknowledged write', async () => {
    expect(runCliProcess(['demo'], dataDir).status).toBe(0);
    const created = runCliProcess(
      ['tokens', 'create', '--user', 'sagsbehandler@norddjurs.demo', '--json'],
      dataDir,
    );
    expect(created.status, created.stderr).toBe(0);
    const token = (JSON.parse(created.stdout) as { token: string }).token;
    const port = await freePort();
    const api = `http://127.0.0.1:${port}/api/v1/municipalities/707/people`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    let started = Date.now();
    server = startServerProcess(dataDir, port);
    await waitForHealth(server);
    const coldStartMs = Date.now() - started;
    console.log(`cold start → healthy: ${coldStartMs} ms`);

    let firstRestartMs: number | undefined;
    const acknowledged = new Map<string, string>();
    let sequence = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      let dead = false;
      const worker = async () => {
        while (!dead) {
          const name = `Crash ${round}-${++sequence}`;
          try {
            const res = await fetch(api, {
              method: 'POST',
              headers,
              body: JSON.stringify({ name, roles: [] }),
            });
            if (res.status === 201) acknowledged.set(((await res.json()) as { id: string }).id, name);
            else expect.fail(`unexpected ${res.status}: ${await res.text()}`);
          } catch {
            return; // connection refused or reset: the server is gone, nothing was acknowledged
          }
        }
      };
      const before = acknowledged.size;
      const workers = Array.from({ length: WORKERS }, worker);
      while (acknowledged.size - before < 40) await new Promise((r) => setTimeout(r, 10));
      server.child.kill('SIGKILL');
      const killedAt = Date.now();
      await server.exited;
      dead = true;
      await Promise.all(workers);
      expect(fs.existsSync(lockPathFor(dataDir))).toBe(true); // the dead server's lock is left behind

      started = Date.now();
      server = startServerProcess(dataDir, port);
      while (fs.existsSync(lockPathFor(dataDir)) && JSON.parse(readLock(dataDir)).pid !== server.child.pid) {
        await new Promise((r) => setTimeout(r, 5));
      }
      const lockTakenMs = Date.now() - killedAt;
      await waitForHealth(server);
      const healthyMs = Date.now() - killedAt;
      console.log(
        `round ${round}: ${acknowledged.size - before} writes acknowledged; kill → lock taken ${lockTakenMs} ms, ` +
          `kill → healthy ${healthyMs} ms (restart alone ${Date.now() - started} ms)`,
      );
      expect(lockTakenMs).toBeLessThan(2_000);
      expect(Date.now() - started).toBeLessThan(Math.max(coldStartMs, firstRestartMs ?? 0) * 2 + 2_000);
      firstRestartMs ??= Date.now() - started;

      // The people list is paged (`next` is the following page's path, null on the last one).
      const people = new Map<string, string>();
      for (let url: string | null = api; url; ) {
        const res = await fetch(new URL(url, api), { headers });
        expect(res.status).toBe(200);
        const page = (await res.json()) as { people: { id: string; name: string }[]; next: string | null };
        for (const p of page.people) people.set(p.id, p.name);
        url = page.next;
      }
      const lost = [...acknowledged].filter(([id, name]) => people.get(id) !== name);
      expect(lost, `${lost.length} acknowledged writes lost`).toEqual([]);
    }
    console.log(`${acknowledged.size} acknowledged writes over ${ROUNDS} kills, 0 lost`);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 300_000);
});

function readLock(dataDir: string): string {
  try {
    return fs.readFileSync(lockPathFor(dataDir), 'utf8');
  } catch {
    return '{}';
  }
}
