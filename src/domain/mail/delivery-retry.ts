/**
 * When a mail the queue could not deliver is tried again, and when it is given up.
 *
 * RFC 5321 § 4.2.1: a 5yz reply is a permanent negative completion (the same message will fail
 * again: unknown mailbox, refused sender) — it is not retried; a 4yz reply is transient, and a
 * connection that fails or times out says nothing about the message — both are retried.
 * RFC 5321 § 4.5.4.1 asks a sender to keep trying for days, not seconds. The product submits to
 * the municipality's own relay, so it starts sooner (1 minute) and doubles the wait up to one hour,
 * giving up after MAX_ATTEMPTS tries (about 11 hours) — a case officer then sees "Fejlet" with the
 * server's last answer and can resend by hand.
 */

export const MAX_ATTEMPTS = 16;
const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 3_600_000;

/** The wait after failed attempt number `attempt` (1 = the first try failed). */
export function retryDelayMs(attempt: number): number {
  const n = Math.max(1, Math.floor(attempt));
  if (n > 7) return LONGEST_DELAY_MS;
  return Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (n - 1));
}

export interface SmtpFailure {
  /** The SMTP reply code when the server answered (e.g. 550, 451); null for a connection error. */
  responseCode: number | null;
}

/** A 5yz answer is permanent (RFC 5321 § 4.2.1); everything else may pass on a later try. */
export function isPermanentFailure(failure: SmtpFailure): boolean {
  return failure.responseCode !== null && failure.responseCode >= 500 && failure.responseCode < 600;
}

/** After a failed attempt: when to try again, or null when the message is given up. */
export function nextAttemptAfterFailure(attempt: number, failure: SmtpFailure, now: Date): Date | null {
  if (isPermanentFailure(failure) || attempt >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + retryDelayMs(attempt));
}
