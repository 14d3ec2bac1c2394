import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountLockState, addressBlockedUntil, type LoginAttempt } from './login-throttle.ts';

const T0 = new Date('2026-11-22T10:00:00Z').getTime();
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const fail = (m: number): LoginAttempt => ({ at: at(m), outcome: 'failure' });
const ok = (m: number): LoginAttempt => ({ at: at(m), outcome: 'success' });

describe('accountLockState', () => {
  it('leaves an account with four failures open, with one try left', () => {
    const s = accountLockState([fail(0), fail(1), fail(2), fail(3)], at(4));
    expect(s).toEqual({ lockedUntil: null, failuresLeft: 1 });
  });

  it('locks for 15 minutes from the fifth consecutive failure', () => {
    const attempts = [fail(0), fail(1), fail(2), fail(3), fail(4)];
    expect(accountLockState(attempts, at(5)).lockedUntil).toEqual(at(19));
    expect(accountLockState(attempts, at(18.9)).lockedUntil).toEqual(at(19));
    expect(accountLockState(attempts, at(19))).toEqual({ lockedUntil: null, failuresLeft: 5 });
  });

  it('does not count failures separated by a success', () => {
    const s = accountLockState([fail(0), fail(1), fail(2), ok(3), fail(4), fail(5)], at(6));
    expect(s).toEqual({ lockedUntil: null, failuresLeft: 3 });
  });

  it('ignores attempts during a lock, so they do not extend it', () => {
    const attempts = [fail(0), fail(1), fail(2), fail(3), fail(4), fail(10), fail(12)];
    expect(accountLockState(attempts, at(13)).lockedUntil).toEqual(at(19));
  });

  it('forgets attempts older than 24 hours', () => {
    const attempts = [fail(-25 * 60), fail(-25 * 60 + 1), fail(0), fail(1), fail(2)];
    expect(accountLockState(attempts, at(3))).toEqual({ lockedUntil: null, failuresLeft: 2 });
  });

  it('never locks an account whose every attempt succeeded', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 })), (minutes) => {
        const s = accountLockState(
          minutes.map((m) => ok(m)),
          at(1001),
        );
        return s.lockedUntil === null && s.failuresLeft === 5;
      }),
    );
  });

  it('never reports a lock longer than 15 minutes from now', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ m: fc.integer({ min: 0, max: 300 }), failed: fc.boolean() })),
        fc.integer({ min: 0, max: 320 }),
        (raw, nowMinute) => {
          const attempts = raw.map((r) => (r.failed ? fail(r.m) : ok(r.m)));
          const s = accountLockState(attempts, at(nowMinute));
          if (s.lockedUntil === null) return s.failuresLeft >= 1 && s.failuresLeft <= 5;
          const ms = s.lockedUntil.getTime() - at(nowMinute).getTime();
          return ms > 0 && ms <= 15 * 60_000 && s.failuresLeft === 0;
        },
      ),
    );
  });
});

describe('addressBlockedUntil', () => {
  const rule = { maxFailures: 3, windowMinutes: 15 };

  it('lets an address with fewer failures than the ceiling through', () => {
    expect(addressBlockedUntil([at(0), at(1)], at(2), rule)).toBeNull();
  });

  it('blocks until the oldest counted failure leaves the window', () => {
    expect(addressBlockedUntil([at(0), at(5), at(10)], at(11), rule)).toEqual(at(15));
    expect(addressBlockedUntil([at(0), at(5), at(10)], at(15), rule)).toBeNull();
  });

  it('uses the most recent failures when there are more than the ceiling', () => {
    expect(addressBlockedUntil([at(0), at(4), at(6), at(8)], at(9), rule)).toEqual(at(19));
  });
});
