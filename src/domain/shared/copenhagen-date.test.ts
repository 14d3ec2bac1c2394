import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copenhagenDate, copenhagenDateUncached } from './copenhagen-date.ts';

describe('copenhagenDate', () => {
  it.each([
    ['2025-12-31T23:30:00Z', '2026-01-01'], // CET = UTC+1
    ['2026-06-30T22:30:00Z', '2026-07-01'], // CEST = UTC+2
    ['2026-06-30T21:30:00Z', '2026-06-30'],
    ['2026-03-29T00:59:00Z', '2026-03-29'], // the spring-forward night
    ['2026-10-24T21:59:59.999Z', '2026-10-24'], // the last CEST midnight of the year
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59.999Z', '2026-10-25'], // CET again after the fall-back night
    ['2026-10-25T23:00:00Z', '2026-10-26'],
  ])('gives the Danish date of %s as %s', (instant, expected) => {
    expect(copenhagenDate(new Date(instant))).toBe(expected);
  });

  it('kept per UTC hour, it equals the time-zone database for any sequence of instants', () => {
    const instant = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2060-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      // Near the hours where the date or the offset changes.
      .chain((d) =>
        fc
          .integer({ min: -2, max: 2 })
          .map((ms) => new Date(Math.floor(d.getTime() / 3_600_000) * 3_600_000 + ms)),
      );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(instant, fc.date({ noInvalidDate: true })), { maxLength: 20 }),
        (instants) => {
          for (const i of instants) expect(copenhagenDate(i)).toBe(copenhagenDateUncached(i));
        },
      ),
      { numRuns: 300 },
    );
  });
});
