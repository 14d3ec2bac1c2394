import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { type Actor, actorLabel } from '../../app/actor.ts';
import { loadDemoMeetingHistory } from '../../app/meetings/load-demo-meeting-history.ts';
import type { MeetingSummary } from '../../app/meetings/meeting-store.ts';
import { loadDemo } from '../../app/registry/load-demo.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import {
  compareMeetingsInList,
  followsMeetingListKey,
  type Meeting,
  meetingListKey,
} from '../../domain/meetings/index.ts';
import { sliceAfter } from '../../domain/shared/paging.ts';
import { createUnitOfWork } from '../unit-of-work.ts';
import { createMeetingStore } from './meeting-store.ts';

const system: Actor = { kind: 'system', name: 'test' };

/** What a summary must say of a whole meeting. */
const summaryOf = (m: Meeting) => ({
  id: m.id,
  municipality: m.municipality,
  kind: m.kind,
  organisationId: m.organisationId,
  title: m.title,
  date: m.date,
  startTime: m.startTime,
  endTime: m.endTime,
  location: m.location,
  status: m.status,
  version: m.version,
  invitedOn: m.invitedOn,
  publishedOn: m.publishedOn,
  participants: m.participants.map((p) => ({ party: p.party, personId: p.personId, email: p.email })),
});

describeEachDatabase('meeting summaries', (db) => {
  const ctx = (): UseCaseContext => ({
    actor: system,
    today: '2026-12-01',
    requestId: 'test',
    uow: createUnitOfWork(db(), { actor: actorLabel(system), requestId: 'test' }),
  });

  it('lists the same meetings in the same order as the whole documents, with the same fields, participants only when asked', async () => {
    await runUseCase(loadDemo, ctx(), {});
    await loadDemoMeetingHistory(ctx(), { linkBase: 'http://localhost:3000' });
    const store = createMeetingStore(db());
    for (const filter of [
      {},
      { year: 2025 },
      { organisationIds: ['org-djurslandsbo'] },
      { organisationIds: [] },
    ]) {
      const whole = await store.listMeetings('707', filter);
      const summaries = await store.listMeetingSummaries('707', filter);
      expect(summaries.map(({ year: _y, ...s }) => s)).toEqual(whole.map(summaryOf));
      if ('year' in filter) expect(summaries.every((s: MeetingSummary) => s.year === 2025)).toBe(true);
      // Without participants (a reader whose access never looks at them): the rest the same.
      const bare = await store.listMeetingSummaries('707', filter, { participants: false });
      expect(bare).toEqual(summaries.map((s) => ({ ...s, participants: [] })));
    }
    expect((await store.listMeetingSummaries('707')).length).toBeGreaterThan(3);
  });

  it('cuts a page in SQL as the domain cuts the whole list: by offset, and after every key', async () => {
    await runUseCase(loadDemo, ctx(), {});
    await loadDemoMeetingHistory(ctx(), { linkBase: 'http://localhost:3000' });
    const store = createMeetingStore(db());
    const all = await store.listMeetingSummaries('707', {}, { participants: false });
    expect([...all].sort(compareMeetingsInList)).toEqual(all);
    expect(await store.countMeetings('707')).toBe(all.length);
    expect(await store.countMeetings('707', { year: 2025 })).toBe(all.filter((m) => m.year === 2025).length);
    const page = (p: { limit: number; offset?: number; after?: string }) =>
      store.listMeetingSummaries('707', {}, { participants: false, page: p });
    expect(await page({ limit: 2, offset: 1 })).toEqual(all.slice(1, 3));
    for (const m of all) {
      const key = meetingListKey(m);
      expect(await page({ limit: 3, after: key }), key).toEqual(
        sliceAfter(all, { after: key, limit: 3 }, meetingListKey, followsMeetingListKey).items,
      );
    }
  });
});
