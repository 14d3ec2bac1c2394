/**
 * The compiled program (dist/) finds everything it needs outside its own code: the web assets,
 * Det Fælles Designsystem from node_modules, the IBM Plex fonts it embeds in PDFs, PGlite's
 * files. And the command line answers `--help` without opening a database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import {
  ensureCompiled,
  runCliProcess,
  type ServerProcess,
  startServerProcess,
  waitForHealth,
} from '../support/server-process.ts';

describe('the compiled program', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-compiled-'));
  let server: ServerProcess | undefined;
  beforeAll(ensureCompiled);
  afterAll(() => {
    server?.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers --help without touching the data directory', () => {
    const untouched = path.join(dataDir, 'never-created');
    const help = runCliProcess(['--help'], untouched);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: styringsdialog');
    expect(help.stdout).toContain('migrate');
    expect(fs.existsSync(untouched)).toBe(false);
  });

  it('serves pages, assets and PDFs with embedded fonts from dist/', async () => {
    const port = await freePort();
    server = startServerProcess(dataDir, port, { STYRINGSDIALOG_DEMO: 'true' });
    await waitForHealth(server);
    const base = `http://127.0.0.1:${port}`;

    for (const [url, type] of [
      ['/static/app/app.css', 'text/css'],
      ['/static/dkfds/css/dkfds-virkdk.min.css', 'text/css'],
      ['/static/dkfds/js/dkfds.min.js', 'javascript'],
    ] as const) {
      const res = await fetch(`${base}${url}`);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toContain(type);
    }

    // Log in as the demo case officer through the form (CSRF cookie + field), then fetch a PDF.
    const form = await fetch(`${base}/log-ind`);
    const csrfCookie = form.headers.getSetCookie().map((c) => c.split(';')[0]);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const login = await fetch(`${base}/log-ind`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie.join('; ') },
      body: new URLSearchParams({ _csrf: csrf, email: 'sagsbehandler@norddjurs.demo', password: 'demo1234' }),
    });
    expect(login.status).toBe(303);
    const cookie = [...csrfCookie, ...login.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
    const pdf = await fetch(`${base}/aftaler/dokument/org-djurslandsbo/2024/aftaledokument.pdf`, {
      headers: { cookie },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('IBMPlexSans');
  }, 120_000);
});
