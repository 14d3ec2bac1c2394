import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockTimeOf, isClockTime, minutesOfDay, timesOverlap } from './clock-time.ts';

describe('clock times', () => {
  it.each(['00:00', '09:00', '13:30', '23:59'])('accepts %s', (t) => expect(isClockTime(t)).toBe(true));
  it.each(['9:00', '24:00', '12:60', '12.00', ''])('refuses %j', (t) => expect(isClockTime(t)).toBe(false));

  it('round-trips minutes of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), (m) => {
        expect(minutesOfDay(clockTimeOf(m)!)).toBe(m);
      }),
    );
    expect(clockTimeOf(24 * 60)).toBeNull();
  });

  it('treats intervals as half-open: a meeting ending at 11:00 does not clash with one starting then', () => {
    expect(timesOverlap('09:00', '11:00', '11:00', '13:00')).toBe(false);
    expect(timesOverlap('09:00', '11:00', '10:59', '13:00')).toBe(true);
  });
});
