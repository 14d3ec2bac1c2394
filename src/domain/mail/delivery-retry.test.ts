import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptAfterFailure, retryDelayMs } from './delivery-retry.ts';

const now = new Date('2026-12-02T10:00:00Z');
const minutes = (d: Date | null) => (d ? (d.getTime() - now.getTime()) / 60_000 : null);

describe('mail retry with back-off', () => {
  it.each([
    [1, null, 1],
    [2, 421, 2],
    [3, 451, 4],
    [7, null, 60],
    [12, 452, 60],
    [1, 550, null],
    [1, 554, null],
    [MAX_ATTEMPTS, null, null],
  ])('attempt %i failing with %s waits %s minutes', (attempt, code, expected) => {
    expect(minutes(nextAttemptAfterFailure(attempt, { responseCode: code }, now))).toBe(expected);
  });

  it('never waits less than a minute, never more than an hour, and never shorter than the try before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (n) => {
        const d = retryDelayMs(n);
        expect(d).toBeGreaterThanOrEqual(60_000);
        expect(d).toBeLessThanOrEqual(3_600_000);
        if (n > 1) expect(d).toBeGreaterThanOrEqual(retryDelayMs(n - 1));
      }),
    );
  });

  it('gives up a permanent (5yz) answer at once and a transient one only after the last attempt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 400, max: 599 }), (attempt, code) => {
        const next = nextAttemptAfterFailure(attempt, { responseCode: code }, now);
        expect(next === null).toBe(code >= 500 || attempt >= MAX_ATTEMPTS);
      }),
    );
  });
});
