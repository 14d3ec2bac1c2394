/**
 * Nothing non-public is reachable through /oparl (issue 15), in the style of the need-to-know and
 * tenant-isolation tests: the demo with its meeting history, plus a closed political case and a
 * published account whose minutes were reopened and changed. The whole API is walked from
 * /system (every link, every page) and every answer is searched for what must never appear;
 * then the non-public objects are asked for directly by URL and must be "not found".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoMeetingHistory } from '../../src/app/meetings/load-demo-meeting-history.ts';
import { reopenMinutes } from '../../src/app/meetings/reopen-minutes.ts';
import { saveMinutes } from '../../src/app/meetings/save-minutes.ts';
import { DEMO_POLITICAL_CASE_ID } from '../../src/app/political-cases/demo-political-case.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { createPoliticalCaseStore } from '../../src/db/political-cases/political-case-store.ts';
import type { Meeting } from '../../src/domain/meetings/types.ts';
import type { PoliticalCase } from '../../src/domain/political-case/types.ts';
import { systemContext } from '../support/auth.ts';
import { loadDemoInto } from '../support/demo.ts';
import { type WalkedAnswer, walkOparl } from '../support/oparl-walk.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const ORIGIN = 'http://localhost';
const OWN = '707';
const CLOSED_CASE = 'pc-closed-99-0001';
const CLOSED_TITLE = 'Fortroligt: køb af grund til almene boliger';
const UNPUBLISHED_CHANGE = 'Upubliceret rettelse af vurderingen';

describe('the OParl API shows only what is published', () => {
  let t: TestApp;
  let answers: WalkedAnswer[] = [];
  let contact: string[] = [];
  let unpublishedMeetings: Meeting[] = [];
  let publishedMeetingIds: string[] = [];
  let privateAgreementIds: string[] = [];
  let nonPoliticalPeople: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ publicUrl: ORIGIN });
    await loadDemoInto(t.database);
    const ctx = { ...systemContext(t.database.db), today: '2026-12-01' };
    await loadDemoMeetingHistory(ctx, { linkBase: 'http://localhost:3000' });
    const db = t.database.db;

    // A closed case (Lukket sag), stored like an imported one.
    const cases = createPoliticalCaseStore(db);
    const demo = await cases.getCase(DEMO_POLITICAL_CASE_ID);
    const closed: PoliticalCase = {
      ...(demo?.politicalCase as PoliticalCase),
      caseNumber: '99/0001',
      title: CLOSED_TITLE,
      access: 'closed',
    };
    await cases.insertCase({
      id: CLOSED_CASE,
      municipality: OWN,
      politicalCase: closed,
      source: { format: 'demo', fileName: null, report: null },
      importedBy: 'system:test',
    });

    // A published account whose minutes are reopened and changed: the change stays private.
    const rows = await db
      .selectFrom('meeting')
      .select(['meeting', 'status'])
      .where('municipality', '=', OWN)
      .execute();
    const meetings = rows.map((r) => r.meeting as unknown as Meeting);
    const published = meetings.find((m) => m.status === 'published') as Meeting;
    const reopened = await runUseCase(reopenMinutes, ctx, {
      municipality: OWN,
      id: published.id,
      reason: 'Rettelse af en stavefejl',
    });
    const {
      version: _v,
      approvals: _a,
      locked: _l,
      changeReason: _c,
      ...content
    } = reopened.meeting.minutes ?? {};
    await runUseCase(saveMinutes, ctx, {
      municipality: OWN,
      id: published.id,
      version: reopened.meeting.version,
      minutes: { ...content, organisationAssessment: UNPUBLISHED_CHANGE },
    });

    const versions = await db.selectFrom('published_account_version').select('meeting_id').execute();
    publishedMeetingIds = [...new Set(versions.map((v) => v.meeting_id))];
    unpublishedMeetings = meetings.filter((m) => !publishedMeetingIds.includes(m.id));
    const agreements = await db.selectFrom('agreement').select(['id', 'meeting_id']).execute();
    privateAgreementIds = agreements
      .filter((a) => a.meeting_id === null || !publishedMeetingIds.includes(a.meeting_id))
      .map((a) => a.id);
    const people = await db.selectFrom('person').select(['id', 'email', 'phone']).execute();
    contact = people.flatMap((p) => [p.email, p.phone]).filter((x): x is string => !!x);
    const political = await db
      .selectFrom('person_role')
      .select('person_id')
      .where('kind', 'in', ['mayor', 'councilMember'])
      .execute();
    const members = await db.selectFrom('body_membership').select('person_id').execute();
    const publicIds = new Set([...political, ...members].map((r) => r.person_id));
    nonPoliticalPeople = people.map((p) => p.id).filter((id) => !publicIds.has(id));

    answers = await walkOparl(t.app, ORIGIN);
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  const found = (needle: string) => answers.filter((a) => a.body.includes(needle)).map((a) => a.url);

  it('has something to hide and something to show', () => {
    expect(unpublishedMeetings.length).toBeGreaterThan(0);
    expect(unpublishedMeetings.some((m) => m.minutes !== null)).toBe(true);
    expect(privateAgreementIds.length).toBeGreaterThan(0);
    expect(contact.length).toBeGreaterThan(5);
    expect(nonPoliticalPeople.length).toBeGreaterThan(0);
    expect(answers.length).toBeGreaterThan(100);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(found(DEMO_POLITICAL_CASE_ID).length).toBeGreaterThan(0);
    expect(found(publishedMeetingIds[0] as string).length).toBeGreaterThan(0);
  });

  it('never shows an e-mail address or phone number', () => {
    expect(contact.filter((c) => found(c).length > 0)).toEqual([]);
    expect(answers.filter((a) => /"(email|phone)"/.test(a.body)).map((a) => a.url)).toEqual([]);
  });

  it('never shows a meeting without a published account, nor its minutes', () => {
    for (const m of unpublishedMeetings) {
      expect(found(m.id), m.id).toEqual([]);
      if (m.minutes?.organisationAssessment) expect(found(m.minutes.organisationAssessment)).toEqual([]);
    }
  });

  it('shows the account as published, not minutes changed after publication', () => {
    expect(found(UNPUBLISHED_CHANGE)).toEqual([]);
  });

  it('never shows a closed political case', () => {
    expect(found(CLOSED_CASE)).toEqual([]);
    expect(found(CLOSED_TITLE)).toEqual([]);
    expect(found('99/0001')).toEqual([]);
  });

  it('never shows agreements of meetings without a published account', () => {
    expect(privateAgreementIds.filter((id) => found(id).length > 0)).toEqual([]);
  });

  it('lists no officials or board members (no public role)', () => {
    expect(nonPoliticalPeople.filter((id) => found(`/person/${id}`).length > 0)).toEqual([]);
  });

  it('answers 404 when the non-public objects are asked for by URL', async () => {
    const base = `/oparl/v1.1/body/${OWN}`;
    const urls = [
      `${base}/paper/${CLOSED_CASE}`,
      ...unpublishedMeetings.flatMap((m) => [
        `${base}/meeting/${m.id}`,
        `${base}/published-account/${m.id}`,
        `${base}/meeting/${m.id}/file/account`,
      ]),
      ...privateAgreementIds.map((id) => `${base}/agreement/${id}`),
      ...nonPoliticalPeople.map((id) => `${base}/person/${id}`),
    ];
    const statuses = await Promise.all(
      urls.map(async (url) => [url, (await t.app.inject({ url })).statusCode]),
    );
    expect(statuses.filter(([, status]) => status !== 404)).toEqual([]);
  }, 120_000);
});
