/**
 * How often "forgot password" may be asked (hardening issue 12, finding #3; OWASP Forgot
 * Password Cheat Sheet: limit requests so the form cannot flood a mailbox or mint links en masse).
 * Counted per requested e-mail address — whether or not it has an account, so the answer
 * reveals nothing — and per client address, over a sliding hour. Pure: the caller passes the
 * recorded request times, so every server instance on the database decides the same way.
 */
import { addressBlockedUntil } from './login-throttle.ts';

export const RESET_LIMITS = {
  /** Three links an hour is plenty for a person who mistyped or lost the mail. */
  perAccount: { maxFailures: 3, windowMinutes: 60 },
  /** One office behind one address may have several people forgetting at once. */
  perAddress: { maxFailures: 20, windowMinutes: 60 },
} as const;

export const RESET_WINDOW_MINUTES = 60;

/** When the next request may be made, or null when it may be made now. */
export function resetBlockedUntil(
  requests: { byEmail: readonly Date[]; byAddress: readonly Date[] },
  now: Date,
  limits: typeof RESET_LIMITS = RESET_LIMITS,
): Date | null {
  const times = [
    addressBlockedUntil(requests.byEmail, now, limits.perAccount),
    addressBlockedUntil(requests.byAddress, now, limits.perAddress),
  ].filter((d): d is Date => d !== null);
  return times.length === 0 ? null : new Date(Math.max(...times.map((d) => d.getTime())));
}
