/**
 * Published account versions on both databases: only the publish step stores a version; reopened
 * and re-approved minutes stay out of the public use cases until published again; stored versions
 * cannot be changed or deleted; the migration's backfill rebuilds the same versions from meetings.
 */
import { type Kysely, sql } from 'kysely';
import { expect, it } from 'vitest';
import { systemContext } from '../../../test/support/auth.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { approveMinutes } from '../../app/meetings/approve-minutes.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { getPublishedAccount } from '../../app/meetings/get-published-account.ts';
import { listPublishedAccounts } from '../../app/meetings/list-published-accounts.ts';
import { markHeld } from '../../app/meetings/mark-held.ts';
import { publishMeeting } from '../../app/meetings/publish-meeting.ts';
import { reopenMinutes } from '../../app/meetings/reopen-minutes.ts';
import { saveMinutes } from '../../app/meetings/save-minutes.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import { backfill } from '../migrations/2026-12-01T1700-published-account-version.ts';

const minutes = (municipalityAssessment: string) => ({
  minuteTaker: 'Referent',
  organisationAssessment: 'God drift.',
  municipalityAssessment,
  noAgreements: true,
});

describeEachDatabase('published account versions', (db) => {
  const at = (day: string): UseCaseContext => ({
    ...systemContext(db(), new Date(`${day}T12:00:00Z`)),
    today: day,
  });
  const publicCtx = (): UseCaseContext => ({ ...at('2026-12-01'), actor: { kind: 'public' } });

  async function publishedThenCorrected(): Promise<string> {
    await loadDemoInto({ db: db(), kind: 'pglite', close: async () => {} });
    const { meeting } = await runUseCase(createMeeting, at('2026-09-01'), {
      municipality: '707',
      meeting: {
        obligationId: 'dialogueMeeting:707:org-djurslandsbo:2026:legalFloor#1',
        date: '2026-10-14',
        startTime: '10:00',
        endTime: '12:00',
      },
    });
    const ids = { municipality: '707', id: meeting.id };
    const held = await runUseCase(markHeld, at('2026-10-14'), ids);
    await runUseCase(saveMinutes, at('2026-10-15'), {
      ...ids,
      version: held.meeting.version,
      minutes: minutes('Første tekst'),
    });
    await runUseCase(approveMinutes, at('2026-10-16'), { ...ids, party: 'administration' });
    await runUseCase(approveMinutes, at('2026-10-16'), { ...ids, party: 'organisation' });
    await runUseCase(publishMeeting, at('2026-10-20'), ids);

    const reopened = await runUseCase(reopenMinutes, at('2026-11-02'), { ...ids, reason: 'Forkert tal' });
    await runUseCase(saveMinutes, at('2026-11-02'), {
      ...ids,
      version: reopened.meeting.version,
      minutes: minutes('Rettet tekst'),
    });
    await runUseCase(approveMinutes, at('2026-11-03'), { ...ids, party: 'administration' });
    await runUseCase(approveMinutes, at('2026-11-03'), { ...ids, party: 'organisation' });
    return meeting.id;
  }

  it('shows only what was published, then the correction as version 2 with the earlier one kept', async () => {
    const id = await publishedThenCorrected();
    const approvedNotPublished = await runUseCase(getPublishedAccount, publicCtx(), {
      municipality: '707',
      id,
    });
    expect(approvedNotPublished.account.municipalityAssessment).toBe('Første tekst');
    expect(approvedNotPublished.versions.map((v) => v.version)).toEqual([1]);

    await runUseCase(publishMeeting, at('2026-11-05'), { municipality: '707', id });
    const latest = await runUseCase(getPublishedAccount, publicCtx(), { municipality: '707', id });
    expect(latest).toMatchObject({
      version: 2,
      latest: true,
      correction: { reason: 'Forkert tal', on: '2026-11-05' },
    });
    expect(latest.account.municipalityAssessment).toBe('Rettet tekst');
    const first = await runUseCase(getPublishedAccount, publicCtx(), { municipality: '707', id, version: 1 });
    expect(first).toMatchObject({ version: 1, latest: false, correction: null, publishedOn: '2026-10-20' });
    expect(first.account.municipalityAssessment).toBe('Første tekst');

    const index = await runUseCase(listPublishedAccounts, publicCtx(), { municipality: '707' });
    const listed = index.years.flatMap((y) => y.accounts).filter((a) => a.meetingId === id);
    expect(listed).toEqual([expect.objectContaining({ version: 2 })]);
  });

  it('refuses UPDATE and DELETE of a stored version', async () => {
    const id = await publishedThenCorrected();
    await expect(
      db()
        .updateTable('published_account_version')
        .set({ correction_reason: 'x' })
        .where('meeting_id', '=', id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      db().deleteFrom('published_account_version').where('meeting_id', '=', id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('backfills the same versions the publish step stored', async () => {
    const id = await publishedThenCorrected();
    await runUseCase(publishMeeting, at('2026-11-05'), { municipality: '707', id });
    const columns = ['version', 'published_on', 'correction_reason', 'corrected_on', 'account'] as const;
    const stored = await db()
      .selectFrom('published_account_version')
      .select(columns)
      .orderBy('version')
      .execute();
    await sql`TRUNCATE published_account_version`.execute(db());
    await backfill(db() as unknown as Kysely<unknown>);
    const rebuilt = await db()
      .selectFrom('published_account_version')
      .select(columns)
      .orderBy('version')
      .execute();
    expect(stored).toHaveLength(2);
    expect(rebuilt).toEqual(stored);
  });
});
