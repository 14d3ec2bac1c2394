/**
 * When a failed webhook delivery is tried again: exponential back-off, then give up. A delivery
 * fails on a network error, a timeout or any answer other than 2xx.
 */
const DELAYS_SECONDS = [10, 60, 5 * 60, 30 * 60, 2 * 60 * 60, 6 * 60 * 60] as const;

/** Total attempts, the first included, before a delivery is marked failed. */
export const MAX_ATTEMPTS = DELAYS_SECONDS.length + 1;

/** Seconds to wait after `attempts` failed attempts; null when it is time to give up. */
export function retryDelaySeconds(attempts: number): number | null {
  if (attempts < 1) return 0;
  return DELAYS_SECONDS[attempts - 1] ?? null;
}
