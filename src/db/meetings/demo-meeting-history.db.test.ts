import { expect, it } from 'vitest';
import type { z } from 'zod';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { type Actor, actorLabel } from '../../app/actor.ts';
import { getAgreement } from '../../app/agreements/get-agreement.ts';
import { complianceGrid } from '../../app/governance/compliance-grid.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { getPublishedAccount } from '../../app/meetings/get-published-account.ts';
import { listPublishedAccounts } from '../../app/meetings/list-published-accounts.ts';
import { loadDemoMeetingHistory } from '../../app/meetings/load-demo-meeting-history.ts';
import { loadDemo } from '../../app/registry/load-demo.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCase, UseCaseContext } from '../../app/use-case.ts';
import { DEMO_MEETING_HISTORY, DEMO_THEME_MEETING } from '../../domain/meetings/demo-meeting-history.ts';
import { createUnitOfWork } from '../unit-of-work.ts';

const system: Actor = { kind: 'system', name: 'test' };

describeEachDatabase('demo meeting history', (db) => {
  const ctx = (today: string, actor: Actor = system): UseCaseContext => ({
    actor,
    today,
    requestId: 'test',
    uow: createUnitOfWork(db(), { actor: actorLabel(actor), requestId: 'test' }),
  });
  const run = <S extends z.ZodType, O>(useCase: UseCase<S, O>, input: unknown, today = '2026-12-01') =>
    runUseCase(useCase, ctx(today), input);

  it('plays every meeting up to today through the cycle: published accounts with both assessments, one awaiting approval', async () => {
    await run(loadDemo, {});
    const played = await loadDemoMeetingHistory(ctx('2026-12-01'), { linkBase: 'http://localhost:3000' });
    // The dialogue meetings and the 2022–2025 theme meeting.
    expect(played.meetings).toBe(DEMO_MEETING_HISTORY.length + 1);
    const meetings = await db().selectFrom('meeting').select(['id', 'status']).execute();
    expect(meetings).toHaveLength(DEMO_MEETING_HISTORY.length + 1);
    const completed = DEMO_MEETING_HISTORY.filter((h) => h.completed).length + 1;
    expect(meetings.filter((m) => m.status === 'published')).toHaveLength(completed);
    expect(meetings.filter((m) => m.status !== 'published')).toHaveLength(
      DEMO_MEETING_HISTORY.length + 1 - completed,
    );

    const listed = await run(listPublishedAccounts, { municipality: '707' });
    const accounts = listed.years.flatMap((y) => y.accounts);
    expect(accounts).toHaveLength(completed);
    // Each published account carries both parties' assessments as written in the minutes.
    const first = DEMO_MEETING_HISTORY[0];
    const account = accounts.find((a) => a.heldOn === first?.date);
    expect(account).toBeDefined();
    const shown = JSON.stringify(
      await run(getPublishedAccount, { municipality: '707', id: account?.meetingId }),
    );
    expect(shown).toContain(JSON.stringify(first?.organisationAssessment).slice(1, 60));
    expect(shown).toContain(JSON.stringify(first?.municipalityAssessment).slice(1, 60));
  });

  it('shows minutes written by both parties, a change the board asked for, and a corrected account', async () => {
    await run(loadDemo, {});
    await loadDemoMeetingHistory(ctx('2026-12-01'), { linkBase: 'http://localhost:3000' });
    const listed = await run(listPublishedAccounts, { municipality: '707' });
    // Every steering year from the first account on, newest first, also 2024 without accounts.
    expect(listed.years.map((y) => y.year)).toEqual([2026, 2025, 2024, 2023]);
    const accounts = listed.years.flatMap((y) => y.accounts);
    const open = (meetingId: string, version?: number) =>
      run(getPublishedAccount, { municipality: '707', id: meetingId, ...(version ? { version } : {}) });
    for (const a of accounts) {
      const { account } = await open(a.meetingId);
      // The theme meeting's account has the municipality's summary instead (its own test below).
      if (account.minutesForm === 'summary') continue;
      // Each party wrote its own assessment (almenboligloven § 164, stk. 2).
      expect(account.assessmentAuthors?.organisation?.party, a.title).toBe('organisation');
      expect(account.assessmentAuthors?.administration?.party, a.title).toBe('administration');
    }
    const corrected = DEMO_MEETING_HISTORY.filter((h) => h.correction);
    expect(corrected.length).toBeGreaterThan(0);
    for (const h of corrected) {
      const listedAccount = accounts.find((a) => a.heldOn === h.date);
      expect(listedAccount?.version).toBe(2);
      const latest = await open(listedAccount?.meetingId ?? '');
      expect(latest.correction?.reason).toBe(h.correction?.reason);
      expect(latest.account.municipalityAssessment).toBe(h.correction?.municipalityAssessment);
      expect(latest.versions.map((v) => v.version)).toEqual([1, 2]);
      const first = await open(listedAccount?.meetingId ?? '', 1);
      expect(first.account.municipalityAssessment).toBe(h.municipalityAssessment);
      expect(first.latest).toBe(false);
    }
    const asked = DEMO_MEETING_HISTORY.find((h) => h.changeRequest);
    const askedAccount = accounts.find((a) => a.heldOn === asked?.date);
    expect((await open(askedAccount?.meetingId ?? '')).account.municipalityAssessment).toBe(
      asked?.changeRequest?.revisedMunicipalityAssessment,
    );
  });

  it("links every invitation and notice of the history to the installation's address (PUBLIC_URL)", async () => {
    await run(loadDemo, {});
    const linkBase = 'https://styringsdialog.norddjurs.dk';
    await loadDemoMeetingHistory(ctx('2026-12-01'), { linkBase });
    const mails = await db().selectFrom('outbox').select(['subject', 'body']).execute();
    const links = mails.flatMap((m) => m.body.match(/https?:\/\/[^\s)>"]+/g) ?? []);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith(`${linkBase}/`))).toEqual([]);
    // Both kinds of meeting sent their invitations with answer links.
    expect(mails.some((m) => m.subject.startsWith('Indkaldelse: Temamøde'))).toBe(true);
  });

  it("follows up each year's agreements at the next meeting, linked to that meeting", async () => {
    await run(loadDemo, {});
    const played = await loadDemoMeetingHistory(ctx('2026-12-01'), { linkBase: 'http://localhost:3000' });
    const expected = DEMO_MEETING_HISTORY.flatMap((h) => h.agreements).filter((a) => a.followUp).length;
    expect(played.followUps).toBe(expected);
    const rows = await db()
      .selectFrom('agreement')
      .select(['id'])
      .where('id', 'like', 'agr-%-ma-%')
      .execute();
    expect(rows.length).toBe(
      DEMO_MEETING_HISTORY.filter((h) => h.completed).flatMap((h) => h.agreements).length,
    );
    const followed = await Promise.all(rows.map((r) => run(getAgreement, { municipality: '707', id: r.id })));
    const statuses = followed.map((f) => (f as { agreement: { status: string } }).agreement.status).sort();
    expect(statuses).toContain('fulfilled');
    expect(statuses).toContain('notFulfilled');
    expect(statuses).toContain('inProgress');
  });

  it("makes the history's obligations met from the meetings themselves", async () => {
    await run(loadDemo, {});
    await loadDemoMeetingHistory(ctx('2026-12-01'), { linkBase: 'http://localhost:3000' });
    const grid = (await run(complianceGrid, { municipality: '707', year: 2025 })) as {
      current: {
        obligations: {
          organisation: { id: string } | null;
          kind: string;
          periodLabel: string;
          status: string;
        }[];
      };
    };
    const lyngbakken = grid.current.obligations.find(
      (o) =>
        o.organisation?.id === 'org-lyngbakken' && o.kind === 'dialogueMeeting' && o.periodLabel === '2025',
    );
    expect(lyngbakken?.status).toBe('met');
  });

  it('stops where the calendar does: loaded in March 2025, no 2025 meeting exists yet', async () => {
    await run(loadDemo, {}, '2025-03-01');
    const played = await loadDemoMeetingHistory(ctx('2025-03-01'), { linkBase: 'http://localhost:3000' });
    // The dialogue meetings of 2023–2024 and the theme meeting of September 2024.
    expect(played.meetings).toBe(DEMO_MEETING_HISTORY.filter((h) => h.year <= 2024).length + 1);
  });

  it('holds the 2022–2025 theme meeting with every organisation, its summary published and the obligation met', async () => {
    await run(loadDemo, {});
    await loadDemoMeetingHistory(ctx('2026-12-01'), { linkBase: 'http://localhost:3000' });
    const row = await db()
      .selectFrom('meeting')
      .select(['id', 'status'])
      .where('kind', '=', 'themeMeeting')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('published');
    const { meeting, minutesForm } = await run(getMeeting, { municipality: '707', id: row.id });
    expect(minutesForm).toBe('summary');
    expect(meeting.date).toBe(DEMO_THEME_MEETING.date);
    expect(meeting.participants.filter((p) => p.party === 'councilMembers')).toHaveLength(27);
    expect(meeting.participants.some((p) => p.role === 'Formand, Boligselskabet Djurslandsbo')).toBe(true);
    expect(meeting.participants.filter((p) => p.party === 'administration').map((p) => p.name)).toEqual([
      'Kasper Mølgaard',
    ]);
    const { account } = await run(getPublishedAccount, { municipality: '707', id: row.id });
    expect(account.summary).toBe(DEMO_THEME_MEETING.summary);
    expect(account.approvals.map((a) => a.party)).toEqual(['administration']);
    const listed = await run(listPublishedAccounts, { municipality: '707' });
    expect(listed.years.find((y) => y.year === 2024)?.accounts.map((a) => a.meetingId)).toEqual([row.id]);
    // Met by the meeting itself (no invented fact for it), as the compliance rules count it.
    const grid = (await run(complianceGrid, { municipality: '707', year: 2025 })) as {
      current: { obligations: { kind: string; periodLabel: string; status: string }[] };
    };
    const theme = grid.current.obligations.find(
      (o) => o.kind === 'themeMeeting' && o.periodLabel === DEMO_THEME_MEETING.electionPeriod,
    );
    expect(theme?.status).toBe('met');
    const facts = await db()
      .selectFrom('obligation_fact')
      .select(['kind', 'ref'])
      .where('obligation_id', 'like', 'themeMeeting:707:all:2022-2025:%')
      .execute();
    expect(facts.map((f) => f.kind).sort()).toEqual(['accountPublished', 'meetingHeld']);
    expect(facts.find((f) => f.kind === 'meetingHeld')?.ref).toBe(row.id);
  });
});
