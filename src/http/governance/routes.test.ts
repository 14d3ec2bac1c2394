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
});
