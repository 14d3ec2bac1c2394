import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { type Actor, actorLabel } from '../../app/actor.ts';
import { loadDemoMeetingHistory } from '../../app/meetings/load-demo-meeting-history.ts';
import type { MeetingSummary } from '../../app/meetings/meeting-store.ts';
import { loadDemo } from '../../app/registry/load-demo.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { Meeting } from '../../domain/meetings/index.ts';
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

  it('lists the same meetings in the same order as the whole documents, with the same fields', async () => {
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
    }
    expect((await store.listMeetingSummaries('707')).length).toBeGreaterThan(3);
  });
});
