/**
 * When a login is refused before the password is even checked: the account lock after repeated
 * failures, and a ceiling on failures from one network address (against password spraying
 * across many accounts). Pure rules over recorded attempts, so every server instance that
 * shares the database decides the same way.
 *
 * The account rule: 5 consecutive failures (no success between them) lock the account for
 * 15 minutes from the fifth. Attempts during a lock are refused without being checked or
 * counted, so a locked account cannot be kept locked by the attacker's own tries beyond the
 * 15 minutes; after a lock the count starts over. Only the last 24 hours count.
 */

export const ACCOUNT_LOCK = { maxFailures: 5, lockMinutes: 15, lookbackHours: 24 } as const;
export const ADDRESS_LIMIT = { maxFailures: 50, windowMinutes: 15 } as const;

export interface LoginAttempt {
  at: Date;
  outcome: 'success' | 'failure';
}

export interface AccountLockState {
  /** Set while the account is locked. */
  lockedUntil: Date | null;
  /** Failures left before the account locks (0 while locked). */
  failuresLeft: number;
}

const MINUTE = 60_000;

export function accountLockState(
  attempts: readonly LoginAttempt[],
  now: Date,
  rule: { maxFailures: number; lockMinutes: number; lookbackHours: number } = ACCOUNT_LOCK,
): AccountLockState {
  const since = now.getTime() - rule.lookbackHours * 60 * MINUTE;
  const sorted = attempts
    .filter((a) => a.at.getTime() >= since && a.at.getTime() <= now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  let failures = 0;
  let lockedUntil: number | null = null;
  for (const a of sorted) {
    const t = a.at.getTime();
    if (lockedUntil !== null) {
      if (t < lockedUntil) continue;
      lockedUntil = null;
    }
    if (a.outcome === 'success') {
      failures = 0;
    } else {
      failures += 1;
      if (failures >= rule.maxFailures) {
        lockedUntil = t + rule.lockMinutes * MINUTE;
        failures = 0;
      }
    }
  }
  if (lockedUntil !== null && now.getTime() < lockedUntil) {
    return { lockedUntil: new Date(lockedUntil), failuresLeft: 0 };
  }
  return { lockedUntil: null, failuresLeft: rule.maxFailures - failures };
}

/**
 * When failures from one address reach the ceiling within the window, the address is refused
 * until the oldest of those failures leaves the window. Returns that instant, or null.
 */
export function addressBlockedUntil(
  failureTimes: readonly Date[],
  now: Date,
  rule: { maxFailures: number; windowMinutes: number } = ADDRESS_LIMIT,
): Date | null {
  const windowStart = now.getTime() - rule.windowMinutes * MINUTE;
  const recent = failureTimes
    .map((d) => d.getTime())
    .filter((t) => t > windowStart && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < rule.maxFailures) return null;
  const oldestCounted = recent[rule.maxFailures - 1] as number;
  return new Date(oldestCounted + rule.windowMinutes * MINUTE);
}
