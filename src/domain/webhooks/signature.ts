/**
 * How a webhook POST is signed (issue 15): HMAC-SHA256 with the hook's secret over
 * `<timestamp>.<body>`, sent as `X-Styringsdialog-Signature: v1=<hex>` beside
 * `X-Styringsdialog-Timestamp: <unix seconds>`. A receiver recomputes it and refuses a timestamp
 * older than a few minutes, so a captured request cannot be replayed later (the same scheme as
 * Stripe's and GitHub's webhooks). Pure: the caller passes the time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-styringsdialog-signature';
export const TIMESTAMP_HEADER = 'x-styringsdialog-timestamp';
export const EVENT_HEADER = 'x-styringsdialog-event';
export const DELIVERY_HEADER = 'x-styringsdialog-delivery';

/** Five minutes: the replay window a receiver should allow. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: the signature matches and the timestamp is within the tolerance. */
export function verifyWebhook(
  secret: string,
  headers: { signature: string; timestamp: string },
  body: string,
  nowSeconds: number,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
