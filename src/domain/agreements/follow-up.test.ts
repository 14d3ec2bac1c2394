import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateArb } from '../registry/registry-arbitraries.ts';
import { agreementsArb, anAgreement, historyEntry } from './agreement-arbitraries.ts';
import {
  groupByObjectiveArea,
  groupBySteeringYear,
  isOverdue,
  openAgreementsForFollowUp,
  summariseAgreements,
  summaryFromCounts,
} from './follow-up.ts';
import { applyStatusChange, isClosed } from './status-rules.ts';
import { OBJECTIVE_AREAS } from './types.ts';

describe('isOverdue', () => {
  it.each([
    ['agreed', '2026-06-30', '2026-07-01', true],
    ['inProgress', '2026-06-30', '2026-07-01', true],
    ['inProgress', '2026-06-30', '2026-06-30', false], // the deadline day itself is not overdue
    ['inProgress', '2026-06-30', '2026-06-29', false],
    ['inProgress', null, '2099-01-01', false], // no deadline, never overdue
    ['fulfilled', '2020-01-01', '2026-07-01', false],
    ['notFulfilled', '2020-01-01', '2026-07-01', false],
    ['dropped', '2020-01-01', '2026-07-01', false],
  ] as const)('%s with deadline %s on %s → %s', (status, deadline, today, expected) => {
    expect(isOverdue(anAgreement({ status, deadline }), today)).toBe(expected);
  });
});

describe('openAgreementsForFollowUp', () => {
  it('returns an agreement made in 2025 and left in progress for the 2026 meeting, with history in both years', () => {
    let agreement = anAgreement({
      id: 'agr-2025',
      steeringYear: 2025,
      agreedOn: '2025-10-14',
      history: [historyEntry('agreed', '2025-10-14')],
      status: 'agreed',
    });
    agreement = applyStatusChange(agreement, historyEntry('inProgress', '2026-03-01', 'Udbud afsluttet'));
    const closed = anAgreement({ id: 'agr-closed', steeringYear: 2025, status: 'fulfilled' });
    const sameYear = anAgreement({ id: 'agr-2026', steeringYear: 2026, agreedOn: '2026-10-01' });
    const otherOrg = anAgreement({ id: 'agr-other', organisationId: 'org-b', steeringYear: 2024 });

    const open = openAgreementsForFollowUp([sameYear, closed, agreement, otherOrg], 'org-a', 2026);
    expect(open.map((a) => a.id)).toEqual(['agr-2025']);
    expect(open[0]?.history.map((h) => [h.status, h.date.slice(0, 4)])).toEqual([
      ['agreed', '2025'],
      ['inProgress', '2026'],
    ]);
  });

  it('orders by steering year, then deadline (none last)', () => {
    const list = [
      anAgreement({ id: 'c', steeringYear: 2024, deadline: null }),
      anAgreement({ id: 'b', steeringYear: 2024, deadline: '2025-01-01' }),
      anAgreement({ id: 'a', steeringYear: 2022, deadline: '2030-01-01' }),
    ];
    expect(openAgreementsForFollowUp(list, 'org-a', 2026).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('holds exactly the organisation’s open agreements from earlier steering years (property)', () => {
    fc.assert(
      fc.property(
        agreementsArb,
        fc.constantFrom('org-a', 'org-b'),
        fc.integer({ min: 2018, max: 2031 }),
        (all, org, year) => {
          const open = openAgreementsForFollowUp(all, org, year);
          const expected = all.filter(
            (a) => a.organisationId === org && a.steeringYear < year && !isClosed(a.status),
          );
          expect(new Set(open.map((a) => a.id))).toEqual(new Set(expected.map((a) => a.id)));
          expect(open).toHaveLength(expected.length);
        },
      ),
    );
  });
});

describe('summariseAgreements', () => {
  it('counts fulfilled, in progress and overdue in the overview sentence', () => {
    const list = [
      anAgreement({ id: '1', status: 'fulfilled' }),
      anAgreement({ id: '2', status: 'inProgress', deadline: '2030-01-01' }),
      anAgreement({ id: '3', status: 'inProgress', deadline: '2026-01-01' }),
      anAgreement({ id: '4', status: 'agreed', deadline: '2025-01-01' }),
      anAgreement({ id: '5', status: 'dropped', deadline: '2020-01-01' }),
    ];
    const summary = summariseAgreements(list, '2026-11-22');
    expect(summary.sentence).toBe('Aftaler: 1 opfyldt, 2 i gang, 2 over deadline.');
    expect(summary.byStatus).toEqual({ agreed: 1, inProgress: 2, fulfilled: 1, notFulfilled: 0, dropped: 1 });
    expect(summary.total).toBe(5);
  });

  it('adds up to the total and never counts more overdue than open (property)', () => {
    fc.assert(
      fc.property(agreementsArb, isoDateArb, (all, today) => {
        const s = summariseAgreements(all, today);
        expect(Object.values(s.byStatus).reduce((a, b) => a + b, 0)).toBe(all.length);
        expect(s.overdue).toBeLessThanOrEqual(s.byStatus.agreed + s.byStatus.inProgress);
        expect(s.overdue).toBe(all.filter((a) => isOverdue(a, today)).length);
      }),
    );
  });
});

describe('summaryFromCounts', () => {
  it('counts past-deadline agreements as overdue only for open statuses', () => {
    const s = summaryFromCounts([
      { status: 'inProgress', count: 4, pastDeadline: 2 },
      { status: 'agreed', count: 1, pastDeadline: 1 },
      { status: 'fulfilled', count: 3, pastDeadline: 3 },
      { status: 'dropped', count: 2, pastDeadline: 2 },
    ]);
    expect(s).toEqual({
      total: 10,
      byStatus: { agreed: 1, inProgress: 4, fulfilled: 3, notFulfilled: 0, dropped: 2 },
      overdue: 3,
      sentence: 'Aftaler: 3 opfyldt, 4 i gang, 3 over deadline.',
    });
  });
});

describe('grouping', () => {
  it('groups by objective area with every area present and nothing lost (property)', () => {
    fc.assert(
      fc.property(agreementsArb, (all) => {
        const groups = groupByObjectiveArea(all);
        expect([...groups.keys()]).toEqual([...OBJECTIVE_AREAS]);
        expect([...groups.values()].flat()).toHaveLength(all.length);
      }),
    );
  });

  it('gives the timeline newest steering year first', () => {
    const timeline = groupBySteeringYear([
      anAgreement({ id: 'a', steeringYear: 2021 }),
      anAgreement({ id: 'b', steeringYear: 2025 }),
      anAgreement({ id: 'c', steeringYear: 2021 }),
    ]);
    expect(timeline.map((y) => [y.steeringYear, y.agreements.length])).toEqual([
      [2025, 1],
      [2021, 2],
    ]);
  });
});
