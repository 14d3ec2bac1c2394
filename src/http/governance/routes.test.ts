import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOfficer707, userWith } from '../../../test/support/actors.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import { COMPLIANCE_STATUS_LABELS } from '../../domain/compliance/labels.ts';

describe('GET /api/v1/municipalities/:municipality/compliance', () => {
  let t: TestApp;
  let actor: Actor = caseOfficer707;
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
    await loadDemoInto(t.database);
  });
  afterAll(async () => {
    await t.close();
  });

  it("answers the year's sentences and obligations, each status also in the pages' Danish wording", async () => {
    actor = caseOfficer707;
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/707/compliance?year=2026' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      municipality: string;
      year: number;
      sentences: string[];
      obligations: {
        status: keyof typeof COMPLIANCE_STATUS_LABELS;
        statusLabel: string;
        completedLate: boolean;
      }[];
    }>();
    expect(body).toMatchObject({ municipality: '707', year: 2026 });
    expect(body.sentences[0]).toMatch(/^Styringsdialogmøde afholdt med \d+ af \d+ boligorganisationer/);
    expect(body.obligations.length).toBeGreaterThan(5);
    for (const o of body.obligations)
      expect(o.statusLabel).toBe(
        o.completedLate && o.status === 'met' ? 'Opfyldt (for sent)' : COMPLIANCE_STATUS_LABELS[o.status],
      );
    expect(Object.keys(body).sort()).toEqual(['municipality', 'obligations', 'sentences', 'year']);
  });

  it('is not for organisation users', async () => {
    actor = userWith('organisation', '707', 'org-djurslandsbo');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/707/compliance?year=2026' });
    expect(res.statusCode).toBe(404);
  });

  it('answers 304 to If-None-Match while nothing changed, and a new ETag after a recorded fact (issue 18)', async () => {
    actor = caseOfficer707;
    const url = '/api/v1/municipalities/707/compliance?year=2026';
    const first = await t.app.inject({ method: 'GET', url });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"707-\d+-/);
    const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const open = first
      .json<{ obligations: { id: string; kind: string; status: string; organisation: unknown }[] }>()
      .obligations.find((o) => o.kind === 'dialogueMeeting' && o.organisation && o.status !== 'met')!;
    const fact = await t.app.inject({
      method: 'POST',
      url: '/api/v1/municipalities/707/facts',
      payload: { obligationId: open.id, kind: 'notApplicable', date: '2026-02-02', note: 'test' },
    });
    expect(fact.statusCode).toBe(201);
    const changed = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(
      changed
        .json<{ obligations: { id: string; status: string }[] }>()
        .obligations.find((o) => o.id === open.id)?.status,
    ).toBe('notApplicable');
  });

  it('gives the Overblik an ETag per viewer and answers 304 while nothing changed', async () => {
    actor = caseOfficer707;
    const first = await t.app.inject({ method: 'GET', url: '/' });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await t.app.inject({ method: 'GET', url: '/', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    actor = userWith('councilMember', '707');
    const other = await t.app.inject({ method: 'GET', url: '/', headers: { 'if-none-match': etag } });
    expect(other.statusCode).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
    actor = caseOfficer707;
    const year = await t.app.inject({ method: 'GET', url: '/?aar=2024', headers: { 'if-none-match': etag } });
    expect(year.statusCode).toBe(200);
  });
});
