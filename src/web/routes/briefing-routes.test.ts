import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import { loadDemoMeetingHistory } from '../../app/meetings/load-demo-meeting-history.ts';
import { createUnitOfWork } from '../../db/unit-of-work.ts';
import { demoOrganisations } from '../../domain/registry/demo-organisations.ts';

const councilMember = userWith('councilMember');
/** The demo's housing organisations active in 2026 (Auning Almene closed in 2019). */
const ACTIVE = demoOrganisations().filter((o) => o.kind === 'housingOrganisation' && o.activeTo === null);

const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the briefing (/orientering)', () => {
  let t: TestApp;
  let actor: Actor = councilMember;
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
    await loadDemoInto(t.database);
    // The demo's past meetings, played through the cycle as on first start.
    await loadDemoMeetingHistory(
      {
        actor: { kind: 'system', name: 'test' },
        today: '2026-11-22',
        requestId: 'test-demo-history',
        uow: createUnitOfWork(t.database.db, { actor: 'system:test', requestId: 'test-demo-history' }),
      },
      { linkBase: 'http://localhost:3000' },
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows a council member the summary, one section per active organisation and a chart for each', async () => {
    actor = councilMember;
    const res = await t.app.inject({ method: 'GET', url: '/orientering?aar=2026' });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('Sådan går det i de almene boligorganisationer');
    expect(html).toContain('Kommunen samlet');
    expect(html).toMatch(/Styringsdialogmøde holdt med \d+ af 6 organisationer i 2026/);
    const sections = [...html.matchAll(/<section aria-labelledby="org-([^"]+)"/g)].map((m) => m[1]);
    expect(sections.sort()).toEqual(ACTIVE.map((o) => o.id).sort());
    for (const o of ACTIVE) {
      const start = html.indexOf(`<section aria-labelledby="org-${o.id}"`);
      const section = html.slice(start, html.indexOf('</section>', start));
      expect(section).toContain(`<h2 id="org-${o.id}">${o.name}</h2>`);
      expect(section).toMatch(/<svg role="img"[^>]*class="trend-chart"/);
      expect(section).toContain('Tallene bag diagrammet');
      expect(section).toContain('Sådan kan kommunen bruge den almene sektor');
    }
    expect(html).toContain('Nøgletallene er demodata');
    expect(html).toContain('almenboligloven § 59, stk. 1');
    // Flags: the demo's weak departments cross the default thresholds.
    expect(html).toContain('Effektivitetstal');
    expect(html).toMatch(/er under 70 %/);
  });

  it('quotes the latest published meeting’s two assessments', async () => {
    actor = councilMember;
    const html = (await t.app.inject({ method: 'GET', url: '/orientering?aar=2026' })).body;
    expect(html).toContain('Boligorganisationens vurdering');
    expect(html).toMatch(/<blockquote class="app-quote">[^<]{20,}<\/blockquote>/);
  });

  it('is not shown to an organisation user or the public', async () => {
    actor = userWith('organisation', '707', 'org-djurslandsbo');
    expect((await t.app.inject({ method: 'GET', url: '/orientering?aar=2026' })).statusCode).toBe(404);
    actor = { kind: 'public' };
    const res = await t.app.inject({ method: 'GET', url: '/orientering?aar=2026' });
    expect([302, 303]).toContain(res.statusCode);
    expect((await t.app.inject({ method: 'GET', url: '/orientering.pdf?aar=2026' })).statusCode).not.toBe(
      200,
    );
  });

  it.runIf(hasPoppler || process.env.CI === 'true')(
    'gives a tagged PDF with a bookmark per organisation and every name intact',
    async () => {
      actor = councilMember;
      const res = await t.app.inject({ method: 'GET', url: '/orientering.pdf?aar=2026' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-'));
      const file = path.join(dir, 'orientering.pdf');
      fs.writeFileSync(file, res.rawPayload);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toContain('Sådan går det i de almene boligorganisationer 2026');
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts).toMatch(/IBMPlexSans\S*\s.*\syes\s+yes\s+yes\s/);
      // Debian 12's pdfinfo (poppler 22.12) has no -outline: the bookmarks are read with pdf.js.
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(res.rawPayload), useSystemFonts: false })
        .promise;
      const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
      expect(outline.sort()).toEqual(ACTIVE.map((o) => o.name).sort());
      await pdf.destroy();
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      for (const o of ACTIVE) expect(text).toContain(o.name);
      for (const word of [
        'Sådan går det',
        'Søndergården',
        'Ørsted Ældreboliger',
        'Åbyen',
        'Kommunens median',
      ]) {
        expect(text).toContain(word);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );
});
