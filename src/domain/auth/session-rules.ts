/**
 * How long a login lasts. A session ends after 2 hours without a request or 12 hours after
 * login, whichever comes first (a working day, not a week: shared municipal PCs are common).
 * The last-seen time is written at most once a minute, so reading pages does not mean writing.
 */
export const SESSION_RULES = { idleMinutes: 120, maxHours: 12, touchEverySeconds: 60 } as const;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export function sessionExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_RULES.maxHours * 3_600_000);
}

export function sessionIsValid(s: SessionTimes, now: Date): boolean {
  const t = now.getTime();
  return t < s.expiresAt.getTime() && t - s.lastSeenAt.getTime() < SESSION_RULES.idleMinutes * 60_000;
}

/** True when the last-seen (or last-used) time is old enough to be worth writing again. */
export function worthTouching(lastSeen: Date | null, now: Date): boolean {
  return lastSeen === null || now.getTime() - lastSeen.getTime() >= SESSION_RULES.touchEverySeconds * 1000;
}
