import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../shared/iso-date.ts';
import { addMonths, lastDateOfMonth, lastDayOfMonth } from './calendar-month.ts';

describe('lastDayOfMonth', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('knows %i-%i has %i days', (y, m, d) => {
    expect(lastDayOfMonth(y, m)).toBe(d);
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-12-31', 6, '2025-06-30'],
    ['2025-03-31', 6, '2025-09-30'],
    ['2025-06-30', 6, '2025-12-31'],
    ['2025-09-30', 5, '2026-02-28'],
    ['2023-09-30', 5, '2024-02-29'],
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-01-30', 1, '2025-02-28'],
    ['2025-02-28', 1, '2025-03-31'],
    ['2025-05-10', -6, '2024-11-10'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('lands in the target month with a valid date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -60, max: 60 }),
        (y, m, d, n) => {
          const date = `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDayOfMonth(y, m))).padStart(2, '0')}`;
          const result = addMonths(date, n);
          expect(isIsoDate(result)).toBe(true);
          const index = Number(result.slice(0, 4)) * 12 + Number(result.slice(5, 7)) - 1;
          expect(index).toBe(y * 12 + m - 1 + n);
          if (date === lastDateOfMonth(y, m)) {
            expect(result).toBe(lastDateOfMonth(Number(result.slice(0, 4)), Number(result.slice(5, 7))));
          }
        },
      ),
    );
  });
});
