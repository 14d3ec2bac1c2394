/**
 * One round of the webhook worker: claim the deliveries that are due, POST each (signed), and
 * record the attempt — delivered on 2xx, else tried again after the back-off (retry-schedule.ts)
 * or given up. Not a use case: nobody calls it; the server runs it on a timer
 * (main/webhook-worker.ts) and tests call it directly with their own clock.
 */

import { retryDelaySeconds } from '../../domain/webhooks/retry-schedule.ts';
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  signWebhook,
  TIMESTAMP_HEADER,
} from '../../domain/webhooks/signature.ts';
import type { UnitOfWork } from '../ports.ts';

/** Sends one POST; resolves with the answer's status, rejects on a network or address error. */
export type WebhookPost = (url: string, headers: Record<string, string>, body: string) => Promise<number>;

export interface DeliveryRound {
  attempted: number;
  delivered: number;
}

/** A claim lasts longer than one attempt may take (the sender times out after 10 s). */
const LEASE_SECONDS = 60;

export async function deliverDueWebhooks(
  uow: UnitOfWork,
  post: WebhookPost,
  now: () => Date,
  limit = 20,
): Promise<DeliveryRound> {
  const claimed = await uow.write((s) => s.webhooks.claimDue(now(), limit, LEASE_SECONDS));
  let delivered = 0;
  for (const d of claimed) {
    const started = now();
    const timestamp = Math.floor(started.getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signWebhook(d.secret, timestamp, d.payload),
      [TIMESTAMP_HEADER]: String(timestamp),
      [EVENT_HEADER]: d.eventType,
      [DELIVERY_HEADER]: d.id,
      'user-agent': 'Styringsdialog-Webhook/1',
    };
    let statusCode: number | null = null;
    let error: string | null = null;
    const t0 = performance.now();
    try {
      statusCode = await post(d.url, headers, d.payload);
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    const durationMs = Math.round(performance.now() - t0);
    const attempts = d.attempts + 1;
    const ok = error === null;
    const delay = ok ? null : retryDelaySeconds(attempts);
    if (ok) delivered += 1;
    await uow.write((s) =>
      s.webhooks.recordAttempt(d.id, {
        attempt: { at: started.toISOString(), statusCode, error, durationMs },
        status: ok ? 'delivered' : delay === null ? 'failed' : 'pending',
        nextAttemptAt: delay === null ? null : new Date(started.getTime() + delay * 1000),
      }),
    );
  }
  return { attempted: claimed.length, delivered };
}
