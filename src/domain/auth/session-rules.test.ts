import { describe, expect, it } from 'vitest';
import { sessionExpiry, sessionIsValid, worthTouching } from './session-rules.ts';

const t = (iso: string) => new Date(`2026-11-22T${iso}Z`);

describe('session rules', () => {
  const created = t('08:00:00');
  const session = { createdAt: created, lastSeenAt: created, expiresAt: sessionExpiry(created) };

  it('ends 12 hours after login even when used all the time', () => {
    expect(session.expiresAt).toEqual(t('20:00:00'));
    expect(sessionIsValid({ ...session, lastSeenAt: t('19:59:00') }, t('19:59:59'))).toBe(true);
    expect(sessionIsValid({ ...session, lastSeenAt: t('19:59:00') }, t('20:00:00'))).toBe(false);
  });

  it('ends after two idle hours', () => {
    expect(sessionIsValid(session, t('09:59:59'))).toBe(true);
    expect(sessionIsValid(session, t('10:00:00'))).toBe(false);
  });

  it('writes last-seen at most once a minute', () => {
    expect(worthTouching(null, created)).toBe(true);
    expect(worthTouching(created, t('08:00:59'))).toBe(false);
    expect(worthTouching(created, t('08:01:00'))).toBe(true);
  });
});
