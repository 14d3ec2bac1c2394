import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../shared/iso-date.ts';
import {
  electionDay,
  electionPeriodByLabel,
  electionPeriodContaining,
  electionPeriodForYear,
  electionPeriodsBetween,
  isElectionYear,
  thirdTuesdayOfNovember,
} from './election-period.ts';

const yearArb = fc.integer({ min: 1900, max: 2300 });
const electionYearArb = fc.integer({ min: 475, max: 575 }).map((k) => k * 4 + 1);
const dateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2300-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('electionDay', () => {
  it.each([
    [2009, '2009-11-17'],
    [2013, '2013-11-19'],
    [2017, '2017-11-21'],
    [2021, '2021-11-16'],
    [2025, '2025-11-18'],
    [2029, '2029-11-20'],
  ])('puts the %i election on %s', (year, expected) => {
    expect(electionDay(year)).toBe(expected);
  });

  it.each([2020, 2022, 2023, 2024, 2026])('refuses %i, which is not an election year', (year) => {
    expect(() => electionDay(year)).toThrow(RangeError);
  });

  it('is always a Tuesday between 15 and 21 November', () => {
    fc.assert(
      fc.property(electionYearArb, (year) => {
        const day = electionDay(year);
        const d = new Date(`${day}T00:00:00Z`);
        expect(d.getUTCDay()).toBe(2);
        expect(d.getUTCMonth()).toBe(10);
        expect(d.getUTCDate()).toBeGreaterThanOrEqual(15);
        expect(d.getUTCDate()).toBeLessThanOrEqual(21);
        expect(d.getUTCFullYear()).toBe(year);
      }),
    );
  });

  it('is the third Tuesday: exactly two Tuesdays of November come before it', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        const day = thirdTuesdayOfNovember(year);
        const earlierTuesdays = [1, 2, 3]
          .map((w) => addDays(day, -7 * w))
          .filter((d) => d.slice(5, 7) === '11');
        expect(earlierTuesdays).toHaveLength(2);
      }),
    );
  });
});

describe('isElectionYear', () => {
  it('recognises every fourth year counted from 2021, and only those', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        expect(isElectionYear(year)).toBe((year - 2021) % 4 === 0);
      }),
    );
  });
});

describe('electionPeriodContaining', () => {
  it.each([
    ['2022-01-01', '2022-2025', '2021-11-16'],
    ['2025-11-18', '2022-2025', '2021-11-16'],
    ['2025-12-31', '2022-2025', '2021-11-16'],
    ['2026-01-01', '2026-2029', '2025-11-18'],
    ['2027-06-15', '2026-2029', '2025-11-18'],
    ['2021-12-31', '2018-2021', '2017-11-21'],
    ['2018-01-01', '2018-2021', '2017-11-21'],
    ['2030-01-01', '2030-2033', '2029-11-20'],
  ])('puts %s in %s (elected %s)', (date, label, electionDate) => {
    const period = electionPeriodContaining(date);
    expect(period.label).toBe(label);
    expect(period.electionDate).toBe(electionDate);
  });

  it('runs from 1 January after the election to 31 December four years later', () => {
    expect(electionPeriodContaining('2027-03-01')).toEqual({
      label: '2026-2029',
      startYear: 2026,
      endYear: 2029,
      start: '2026-01-01',
      end: '2029-12-31',
      electionDate: '2025-11-18',
    });
  });

  it('rejects a malformed date', () => {
    expect(() => electionPeriodContaining('2027-02-30')).toThrow(RangeError);
  });

  it('always contains the date, is four years long and follows its election', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const p = electionPeriodContaining(date);
        expect(p.start <= date && date <= p.end).toBe(true);
        expect(p.endYear - p.startYear).toBe(3);
        expect(p.start).toBe(isoDate(p.startYear, 1, 1));
        expect(p.end).toBe(isoDate(p.endYear, 12, 31));
        expect(p.electionDate < p.start).toBe(true);
        expect(p.electionDate.slice(0, 4)).toBe(String(p.startYear - 1));
        // The next election closes the period: it lies in the period's last year.
        expect(electionDay(p.endYear) <= p.end).toBe(true);
      }),
    );
  });
});

describe('electionPeriodsBetween', () => {
  it('lists the periods overlapping 2020–2027', () => {
    expect(electionPeriodsBetween(2020, 2027).map((p) => p.label)).toEqual([
      '2018-2021',
      '2022-2025',
      '2026-2029',
    ]);
  });

  it('gives one period for a single year and none for an empty range', () => {
    expect(electionPeriodsBetween(2024, 2024).map((p) => p.label)).toEqual(['2022-2025']);
    expect(electionPeriodsBetween(2025, 2024)).toEqual([]);
  });

  it('tiles the timeline: consecutive periods meet without gap or overlap and cover every year', () => {
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 0, max: 40 }), (from, span) => {
        const to = from + span;
        const periods = electionPeriodsBetween(from, to);
        expect(periods[0]?.startYear).toBeLessThanOrEqual(from);
        expect(periods.at(-1)?.endYear).toBeGreaterThanOrEqual(to);
        for (let i = 1; i < periods.length; i++) {
          const prev = periods[i - 1]!;
          const next = periods[i]!;
          expect(next.start).toBe(addDays(prev.end, 1));
        }
        for (let y = from; y <= to; y++) {
          expect(periods.filter((p) => p.startYear <= y && y <= p.endYear)).toHaveLength(1);
        }
      }),
    );
  });
});

describe('electionPeriodByLabel', () => {
  it('round-trips regular labels and rejects others', () => {
    expect(electionPeriodByLabel('2026-2029')).toEqual(electionPeriodForYear(2028));
    expect(electionPeriodByLabel('2025-2028')).toBeNull();
    expect(electionPeriodByLabel('2026–2029')).toBeNull();
  });
});
