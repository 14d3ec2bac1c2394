import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesOfDay, timesOverlap } from '../calendar/clock-time.ts';
import { isWorkingDay } from '../calendar/working-days.ts';
import type { MeetingWindow } from '../governance-model/types.ts';
import type { Obligation } from '../obligations/types.ts';
import { isoDate } from '../shared/iso-date.ts';
import { lastDateOfMonth } from '../steering-year/calendar-month.ts';
import {
  type BusyEntry,
  type MeetingDatePlan,
  type ProposeMeetingDatesInput,
  proposeMeetingDates,
} from './plan-year.ts';

function anObligation(n: number, overrides: Partial<Obligation> = {}): Obligation {
  const orgId = `org-${String(n).padStart(2, '0')}`;
  return {
    id: `dialogueMeeting:707:${orgId}:2027:legalFloor#1`,
    kind: 'dialogueMeeting',
    ruleId: 'dialogueMeeting',
    label: 'Årligt styringsdialogmøde',
    municipality: '707',
    organisation: { id: orgId, name: `Boligorganisation ${String(n).padStart(2, '0')}` },
    periodKind: 'steeringYear',
    periodLabel: '2027',
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    window: { fromMonth: 9, toMonth: 12 },
    dueBy: '2027-12-31',
    statutory: true,
    basis: 'almenboligloven § 164, stk. 2',
    modelId: null,
    modelVersion: null,
    sequence: 1,
    count: 1,
    publishAccount: { required: true, withinDays: null },
    ...overrides,
  };
}

const obligations = (n: number) => Array.from({ length: n }, (_, i) => anObligation(i + 1));
/** The supervising official attends every meeting (the usual case). */
const everyoneWithAnna = (list: Obligation[]) =>
  Object.fromEntries(list.map((o) => [o.id, ['person:anna', `person:director-${o.organisation?.id}`]]));

function windowOf(input: ProposeMeetingDatesInput, o: Obligation): MeetingWindow {
  return input.window ?? o.window ?? { fromMonth: 9, toMonth: 12 };
}

/** The plan's promises, checked for any input. */
function expectValidPlan(input: ProposeMeetingDatesInput, plan: MeetingDatePlan): void {
  const byId = new Map(input.obligations.map((o) => [o.id, o]));
  const perDay = new Map<string, number>();
  for (const p of plan.proposals) {
    const o = byId.get(p.obligationId)!;
    const w = windowOf(input, o);
    // Inside the window, on a working day, not before notBefore.
    expect(p.date >= isoDate(input.year, w.fromMonth, 1)).toBe(true);
    expect(p.date <= lastDateOfMonth(input.year, w.toMonth)).toBe(true);
    expect(isWorkingDay(p.date, input.workingDays)).toBe(true);
    if (input.notBefore) expect(p.date >= input.notBefore).toBe(true);
    expect(minutesOfDay(p.endTime) - minutesOfDay(p.startTime)).toBe(input.durationMinutes ?? 120);
    perDay.set(p.date, (perDay.get(p.date) ?? 0) + 1);
  }
  for (const count of perDay.values()) expect(count).toBeLessThanOrEqual(input.maxPerDay ?? 2);
  // No person in two overlapping meetings, and nobody on a day or time they are busy.
  const people = input.participantsByObligation ?? {};
  for (const a of plan.proposals) {
    for (const b of plan.proposals) {
      if (a === b || a.date !== b.date || !timesOverlap(a.startTime, a.endTime, b.startTime, b.endTime))
        continue;
      const shared = (people[a.obligationId] ?? []).filter((k) => (people[b.obligationId] ?? []).includes(k));
      expect(shared).toEqual([]);
    }
    for (const busy of input.existingBusy ?? []) {
      if (busy.date !== a.date || !(people[a.obligationId] ?? []).includes(busy.personKey)) continue;
      expect(busy.startTime && busy.endTime).toBeTruthy();
      expect(timesOverlap(a.startTime, a.endTime, busy.startTime!, busy.endTime!)).toBe(false);
    }
  }
  // Every meeting obligation is either proposed or explained, exactly once.
  const accounted = [
    ...plan.proposals.map((p) => p.obligationId),
    ...plan.unplaced.map((u) => u.obligationId),
  ].sort();
  const expected = [
    ...new Set(input.obligations.filter((o) => o.kind !== 'documentationPackage').map((o) => o.id)),
  ].sort();
  expect(accounted).toEqual(expected);
}

describe('proposeMeetingDates: examples', () => {
  it('spreads four meetings over September–December 2027, one a month', () => {
    const input = { obligations: obligations(4), year: 2027 };
    const plan = proposeMeetingDates(input);
    expect(plan.unplaced).toEqual([]);
    expect(plan.proposals.map((p) => p.date.slice(5, 7))).toEqual(['09', '10', '11', '12']);
    expect(plan.proposals.every((p) => p.startTime === '09:00' && p.endTime === '11:00')).toBe(true);
    expectValidPlan(input, plan);
  });

  it('avoids Christmas in December 2027: 24 (practice), 25–26 (public/weekend) and 31 December', () => {
    const list = obligations(30);
    const input = { obligations: list, year: 2027, window: { fromMonth: 12, toMonth: 12 }, maxPerDay: 2 };
    const plan = proposeMeetingDates(input);
    const dates = new Set(plan.proposals.map((p) => p.date));
    for (const closed of [
      '2027-12-24',
      '2027-12-25',
      '2027-12-26',
      '2027-12-31',
      '2027-12-04',
      '2027-12-05',
    ]) {
      expect(dates.has(closed), closed).toBe(false);
    }
    // December 2027 has 23 weekdays; minus 24 and 31 December: 21 working days, 2 meetings each.
    expect(dates.size).toBe(21);
    expect(plan.proposals).toHaveLength(30);
    expectValidPlan(input, plan);
  });

  it('avoids Easter, Ascension and Whit Monday in a spring window (2027)', () => {
    const input = {
      obligations: obligations(70),
      year: 2027,
      window: { fromMonth: 3, toMonth: 5 },
      maxPerDay: 1,
    };
    const dates = new Set(proposeMeetingDates(input).proposals.map((p) => p.date));
    for (const holiday of ['2027-03-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17']) {
      expect(dates.has(holiday), holiday).toBe(false);
    }
    expect(dates.has('2027-05-07')).toBe(true); // the Friday after Ascension is a working day
  });

  it('proposes the former Store Bededag (Friday 26 April 2024) as a working day', () => {
    const input = {
      obligations: obligations(22),
      year: 2024,
      window: { fromMonth: 4, toMonth: 4 },
      maxPerDay: 1,
    };
    const plan = proposeMeetingDates(input);
    // April 2024: 22 weekdays, Easter Monday 1 April is a holiday → 21 working days, one left over.
    expect(plan.proposals.map((p) => p.date)).toContain('2024-04-26');
    expect(plan.proposals.map((p) => p.date)).not.toContain('2024-04-01');
    expect(plan.unplaced).toHaveLength(1);
  });

  it('puts the shared official in the morning and the afternoon, never twice at once', () => {
    const list = obligations(5);
    const input = {
      obligations: list,
      year: 2027,
      window: { fromMonth: 12, toMonth: 12 },
      participantsByObligation: everyoneWithAnna(list),
      // Anna is away on 29 December: only 27, 28 and 30 December remain after notBefore.
      existingBusy: [{ personKey: 'person:anna', date: '2027-12-29' }],
      notBefore: '2027-12-27',
    };
    const plan = proposeMeetingDates(input);
    expectValidPlan(input, plan);
    expect(plan.proposals.map((p) => `${p.date} ${p.startTime}`)).toEqual([
      '2027-12-27 09:00',
      '2027-12-28 09:00',
      '2027-12-28 13:00',
      '2027-12-30 09:00',
      '2027-12-30 13:00',
    ]);
  });

  it('blocks only the overlapping slot when a busy entry has times', () => {
    const [o] = obligations(1);
    const input = {
      obligations: [o!],
      year: 2027,
      window: { fromMonth: 10, toMonth: 10 },
      notBefore: '2027-10-15',
      participantsByObligation: { [o!.id]: ['person:anna'] },
      // 10-15 … the target day for a single meeting is the middle of the remaining days.
      existingBusy: Array.from({ length: 31 }, (_, d) => ({
        personKey: 'person:anna',
        date: isoDate(2027, 10, d + 1),
        startTime: '08:00',
        endTime: '10:30',
      })) as BusyEntry[],
    };
    const plan = proposeMeetingDates(input);
    expect(plan.proposals).toHaveLength(1);
    expect(plan.proposals[0]?.startTime).toBe('13:00');
  });

  it('explains what it cannot place instead of dropping it', () => {
    const list = obligations(3);
    const plan = proposeMeetingDates({
      obligations: list,
      year: 2027,
      window: { fromMonth: 12, toMonth: 12 },
      notBefore: '2027-12-30',
      maxPerDay: 1,
    });
    // Only 30 December is left (31 December is closed in practice).
    expect(plan.proposals).toEqual([expect.objectContaining({ date: '2027-12-30' })]);
    expect(plan.unplaced).toHaveLength(2);
    expect(plan.unplaced[0]?.reason).toBe(
      'Der er ingen ledig arbejdsdag mellem 30-12-2027 og 31-12-2027, hvor alle deltagere kan',
    );
  });

  it("uses each obligation's own window unless a window is given, and skips documentation packages", () => {
    const spring = anObligation(1, { window: { fromMonth: 3, toMonth: 4 } });
    const noWindow = anObligation(2, { window: null });
    const pkg = anObligation(3, {
      kind: 'documentationPackage',
      id: 'documentationPackage:707:org-03:2027:legalFloor#1',
    });
    const plan = proposeMeetingDates({ obligations: [spring, noWindow, pkg], year: 2027 });
    const dateOf = (id: string) => plan.proposals.find((p) => p.obligationId === id)?.date ?? '';
    expect(dateOf(spring.id) >= '2027-03-01' && dateOf(spring.id) <= '2027-04-30').toBe(true);
    expect(dateOf(noWindow.id) >= '2027-09-01').toBe(true);
    expect(plan.proposals.map((p) => p.obligationId)).not.toContain(pkg.id);
    const overridden = proposeMeetingDates({
      obligations: [spring],
      year: 2027,
      window: { fromMonth: 11, toMonth: 11 },
    });
    expect(overridden.proposals[0]?.date.slice(5, 7)).toBe('11');
  });

  it.each([
    [{ slots: ['9:00'] }, /Ugyldigt mødetidspunkt/],
    [{ slots: ['23:00'] }, /slutter efter midnat/],
    [{ maxPerDay: 0 }, /Ugyldigt antal møder/],
    [{ window: { fromMonth: 12, toMonth: 9 } }, /Ugyldig periode/],
  ])('refuses the malformed option %j', (options, message) => {
    expect(() => proposeMeetingDates({ obligations: obligations(1), year: 2027, ...options })).toThrow(
      message,
    );
  });
});

describe('proposeMeetingDates: properties', () => {
  const monthArb = fc.integer({ min: 1, max: 12 });
  const inputArb = fc
    .record({
      count: fc.integer({ min: 0, max: 40 }),
      year: fc.integer({ min: 2023, max: 2032 }),
      months: fc.tuple(monthArb, monthArb),
      maxPerDay: fc.integer({ min: 1, max: 3 }),
      slots: fc.constantFrom(['09:00', '13:00'], ['09:00'], ['08:00', '10:00', '12:30']),
      people: fc.array(fc.constantFrom('anna', 'bo', 'carl', 'dorte'), { maxLength: 3 }),
      busyDays: fc.array(fc.tuple(fc.constantFrom('anna', 'bo', 'carl'), fc.integer({ min: 0, max: 364 })), {
        maxLength: 30,
      }),
      notBeforeDay: fc.option(fc.integer({ min: 0, max: 364 }), { nil: null }),
    })
    .map(
      ({
        count,
        year,
        months,
        maxPerDay,
        slots,
        people,
        busyDays,
        notBeforeDay,
      }): ProposeMeetingDatesInput => {
        const list = obligations(count);
        const dayOf = (n: number) => new Date(Date.UTC(year, 0, 1 + n)).toISOString().slice(0, 10);
        return {
          obligations: list,
          year,
          window: { fromMonth: Math.min(...months), toMonth: Math.max(...months) },
          maxPerDay,
          slots,
          // Some people in every meeting, plus one per organisation.
          participantsByObligation: Object.fromEntries(
            list.map((o, i) => [o.id, [...people.map((p) => `person:${p}`), `person:org-${i % 5}`]]),
          ),
          existingBusy: busyDays.map(([p, n]) => ({ personKey: `person:${p}`, date: dayOf(n) })),
          notBefore: notBeforeDay === null ? null : dayOf(notBeforeDay),
        };
      },
    );

  it('proposes only working days inside the window and never double-books anyone', () => {
    fc.assert(fc.property(inputArb, (input) => expectValidPlan(input, proposeMeetingDates(input))));
  });

  it('is deterministic and independent of the order of the obligations', () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), (input, seed) => {
        const shuffled = [...input.obligations].sort(
          (a, b) =>
            ((a.id.length * seed) % 7) - ((b.id.length * seed) % 7) ||
            (seed % 2 ? 1 : -1) * a.id.localeCompare(b.id),
        );
        expect(proposeMeetingDates({ ...input, obligations: shuffled })).toEqual(proposeMeetingDates(input));
      }),
    );
  });

  it('uses a different day for every meeting when there are at least as many working days and no one is busy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 2024, max: 2030 }), (count, year) => {
        const input = { obligations: obligations(count), year };
        const plan = proposeMeetingDates(input);
        expect(plan.unplaced).toEqual([]);
        expect(new Set(plan.proposals.map((p) => p.date)).size).toBe(count);
      }),
    );
  });

  it('places everything when capacity allows: N ≤ working days × maxPerDay with no shared people', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (count) => {
        const plan = proposeMeetingDates({ obligations: obligations(count), year: 2027 });
        // September–December 2027 has 86 working days (2 slots each).
        expect(plan.unplaced).toHaveLength(Math.max(0, count - 86 * 2));
      }),
    );
  });
});
