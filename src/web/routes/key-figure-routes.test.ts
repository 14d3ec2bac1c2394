import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOfficer707, userWith } from '../../../test/support/actors.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';

const URL = '/boligorganisationer/org-djurslandsbo/noegletal';

describe('an organisation’s key figures page and the hand-entry form', () => {
  let t: TestApp;
  let actor: Actor = caseOfficer707;
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
    await loadDemoInto(t.database);
  });
  afterAll(async () => {
    await t.close();
  });

  async function post(fields: Record<string, string>) {
    const page = await t.app.inject({ method: 'GET', url: URL });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    return t.app.inject({
      method: 'POST',
      url: URL,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    });
  }

  const stored = () =>
    t.database.db
      .selectFrom('key_figure')
      .select(['value', 'source'])
      .where('organisation_id', '=', 'org-djurslandsbo')
      .where('department_id', 'is', null)
      .where('steering_year', '=', 2031)
      .where('code', '=', 'tomgang_pct')
      .execute();

  it('refuses a value that is not a number on the same page, in Danish, and stores nothing', async () => {
    actor = caseOfficer707;
    const res = await post({
      departmentId: '',
      steeringYear: '2031',
      code: 'tomgang_pct',
      value: 'cirka en',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('»cirka en« er ikke et tal');
    expect(res.body).toContain('value="cirka en"');
    expect(await stored()).toEqual([]);
  });

  it('stores a figure entered by hand and replaces it when entered again', async () => {
    actor = caseOfficer707;
    const first = await post({ departmentId: '', steeringYear: '2031', code: 'tomgang_pct', value: '1,4' });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`${URL}?aar=2031`);
    const second = await post({ departmentId: '', steeringYear: '2031', code: 'tomgang_pct', value: '0,9' });
    expect(second.statusCode).toBe(303);
    expect(await stored()).toEqual([{ value: 0.9, source: 'manual' }]);
    const page = await t.app.inject({ method: 'GET', url: `${URL}?aar=2031` });
    expect(page.body).toContain('0,9 %');
  });

  it('shows the organisation its own figures with charts, without the form; another organisation gets 404', async () => {
    actor = userWith('organisation', '707', 'org-djurslandsbo');
    const own = await t.app.inject({ method: 'GET', url: `${URL}?aar=2026&afdeling=dep-djurslandsbo-9` });
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Nøgletal for Boligselskabet Djurslandsbo');
    expect(own.body).toMatch(/<svg role="img"[^>]*class="trend-chart"/);
    expect(own.body).toContain('<h2 id="afdeling">Afdeling Åbyen</h2>');
    expect(own.body).not.toContain('Indtast et nøgletal');
    const csv = await t.app.inject({ method: 'GET', url: `${URL}.csv?aar=2026` });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Styringsår;Organisation eller afdeling;Kode;Nøgletal;Værdi');
    expect(csv.body).toMatch(/2026;Åbyen;effektivitetstal;Effektivitetstal;\d+;%/);
    const xlsx = await t.app.inject({ method: 'GET', url: `${URL}.xlsx?aar=2026` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    actor = userWith('organisation', '707', 'org-nordlyset');
    expect((await t.app.inject({ method: 'GET', url: URL })).statusCode).toBe(404);
    actor = { kind: 'public' };
    expect((await t.app.inject({ method: 'GET', url: URL })).statusCode).not.toBe(200);
  });
});
