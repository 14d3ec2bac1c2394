import { describe, expect, it } from 'vitest';
import { copenhagenDate } from './copenhagen-date.ts';

describe('copenhagenDate', () => {
  it.each([
    ['2025-12-31T23:30:00Z', '2026-01-01'], // CET = UTC+1
    ['2026-06-30T22:30:00Z', '2026-07-01'], // CEST = UTC+2
    ['2026-06-30T21:30:00Z', '2026-06-30'],
    ['2026-03-29T00:59:00Z', '2026-03-29'], // the spring-forward night
  ])('gives the Danish date of %s as %s', (instant, expected) => {
    expect(copenhagenDate(new Date(instant))).toBe(expected);
  });
});
