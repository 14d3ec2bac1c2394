/**
 * The webhooks port: a municipality's hooks, the durable delivery queue and the attempt log.
 * Implemented in db/webhooks/.
 */
import type { WebhookEventType } from '../../domain/webhooks/events.ts';

export interface Webhook {
  id: string;
  municipality: string;
  url: string;
  events: WebhookEventType[];
  description: string;
  createdAt: string;
  createdBy: string;
  removedAt: string | null;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';

export interface WebhookAttempt {
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookDelivery {
  id: string;
  municipality: string;
  webhookId: string;
  eventId: string;
  eventType: WebhookEventType;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastStatus: number | null;
  lastError: string | null;
  redeliveryOf: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

/** A delivery claimed for sending, with what sending needs. */
export interface ClaimedDelivery extends WebhookDelivery {
  url: string;
  secret: string;
}

export interface NewDelivery {
  id: string;
  municipality: string;
  webhookId: string;
  eventId: string;
  eventType: WebhookEventType;
  payload: string;
  nextAttemptAt: Date;
  redeliveryOf: string | null;
}

export interface AttemptOutcome {
  attempt: WebhookAttempt;
  status: DeliveryStatus;
  /** For a delivery to be tried again. */
  nextAttemptAt: Date | null;
}

export interface WebhookStore {
  insertWebhook(hook: Webhook, secret: string): Promise<void>;
  /** Hooks not removed, oldest first, with their signing secret (shown to administrators only). */
  listWebhooks(municipality: string): Promise<(Webhook & { secret: string })[]>;
  getWebhook(municipality: string, id: string): Promise<Webhook | null>;
  /** Marks it removed and cancels its pending deliveries; false when there was no live hook. */
  removeWebhook(municipality: string, id: string, at: Date): Promise<boolean>;
  /** Live hooks of the municipality subscribed to `type`. */
  subscribers(municipality: string, type: WebhookEventType): Promise<Webhook[]>;
  insertDelivery(delivery: NewDelivery): Promise<void>;
  /** Newest first, with each delivery's attempts (oldest first). */
  listDeliveries(
    municipality: string,
    limit: number,
  ): Promise<(WebhookDelivery & { url: string; log: WebhookAttempt[] })[]>;
  getDelivery(municipality: string, id: string): Promise<WebhookDelivery | null>;
  /**
   * Claims up to `limit` pending deliveries due at `now` of live hooks, for `leaseSeconds`:
   * no other instance claims them meanwhile (FOR UPDATE SKIP LOCKED + lease).
   */
  claimDue(now: Date, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]>;
  recordAttempt(deliveryId: string, outcome: AttemptOutcome): Promise<void>;
}
