import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/iso-date.ts';
import { lastDayOfMonth } from './calendar-month.ts';
import {
  accountingYearFor,
  documentationPackageDueDate,
  isValidAccountingYearEnd,
  steeringYearOfAccountingYearEnding,
  steeringYearPeriod,
} from './steering-year.ts';

const accountingYearEndArb = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(
    ([m, d]) =>
      `${String(m).padStart(2, '0')}-${String(Math.min(d, lastDayOfMonth(2023, m))).padStart(2, '0')}`,
  );
const steeringYearArb = fc.integer({ min: 2000, max: 2200 });

describe('accountingYearFor', () => {
  it.each([
    [2026, '12-31', '2025-01-01', '2025-12-31'],
    [2026, '03-31', '2024-04-01', '2025-03-31'],
    [2026, '06-30', '2024-07-01', '2025-06-30'],
    [2025, '02-28', '2023-03-01', '2024-02-28'],
    [2027, '01-01', '2025-01-02', '2026-01-01'],
  ])('bases steering year %i with year end %s on %s – %s', (year, end, expectedStart, expectedEnd) => {
    expect(accountingYearFor(year, end)).toEqual({ start: expectedStart, end: expectedEnd });
  });

  it('defaults to the calendar year before the steering year', () => {
    expect(accountingYearFor(2027)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it.each(['3-31', '13-01', '02-30', '02-29', '12/31', ''])('refuses the malformed year end %j', (end) => {
    expect(() => accountingYearFor(2026, end)).toThrow(RangeError);
    expect(isValidAccountingYearEnd(end)).toBe(false);
  });

  it('gives one-year accounting years that tile without gaps and end in the year before', () => {
    fc.assert(
      fc.property(steeringYearArb, accountingYearEndArb, (year, end) => {
        const ay = accountingYearFor(year, end);
        const next = accountingYearFor(year + 1, end);
        expect(next.start).toBe(addDays(ay.end, 1));
        expect(ay.end.slice(0, 4)).toBe(String(year - 1));
        expect(steeringYearOfAccountingYearEnding(ay.end)).toBe(year);
        const days = (Date.parse(ay.end) - Date.parse(ay.start)) / 86_400_000 + 1;
        expect([365, 366]).toContain(days);
      }),
    );
  });
});

describe('steeringYearOfAccountingYearEnding', () => {
  it('puts the accounting year ending 31 March 2025 in steering year 2026', () => {
    expect(steeringYearOfAccountingYearEnding('2025-03-31')).toBe(2026);
    expect(steeringYearOfAccountingYearEnding('2025-12-31')).toBe(2026);
  });
});

describe('steeringYearPeriod', () => {
  it('is the calendar year', () => {
    expect(steeringYearPeriod(2027)).toEqual({
      year: 2027,
      label: '2027',
      start: '2027-01-01',
      end: '2027-12-31',
    });
  });
});

describe('documentationPackageDueDate', () => {
  it.each([
    [2026, '12-31', 'final', '2026-06-30'],
    [2026, '12-31', 'preliminary', '2026-05-31'],
    [2026, '03-31', 'final', '2025-09-30'],
    [2026, '03-31', 'preliminary', '2025-08-31'],
    [2026, '06-30', 'final', '2025-12-31'],
    [2026, '09-30', 'final', '2026-03-31'],
    [2025, '09-30', 'preliminary', '2025-02-28'],
    [2024, '09-30', 'preliminary', '2024-02-29'],
  ] as const)('steering year %i, year end %s: %s accounts due %s', (year, end, kind, expected) => {
    expect(documentationPackageDueDate(year, end, kind)).toBe(expected);
  });

  it('defaults to final accounts for a calendar accounting year', () => {
    expect(documentationPackageDueDate(2027)).toBe('2027-06-30');
  });

  it('falls after the accounting year end, preliminary before final, final within about six months', () => {
    fc.assert(
      fc.property(steeringYearArb, accountingYearEndArb, (year, end) => {
        const ay = accountingYearFor(year, end);
        const preliminary = documentationPackageDueDate(year, end, 'preliminary');
        const final = documentationPackageDueDate(year, end, 'final');
        expect(ay.end < preliminary).toBe(true);
        expect(preliminary < final).toBe(true);
        const days = (Date.parse(final) - Date.parse(ay.end)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(181);
        expect(days).toBeLessThanOrEqual(184);
      }),
    );
  });
});
