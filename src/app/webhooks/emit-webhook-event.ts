/**
 * Queues an event for every live webhook of the municipality subscribed to it. Called by the
 * use cases that cause the event, with the store of their own write transaction: the delivery
 * rows commit or roll back with the change itself, so no event is sent for a change that did not
 * happen and none is lost for one that did (a transactional outbox). Sending is the worker's job
 * (deliver-due-webhooks.ts).
 */
import { randomUUID } from 'node:crypto';
import type { WebhookEvent } from '../../domain/webhooks/events.ts';
import type { Store } from '../ports.ts';

export async function emitWebhookEvent(s: Store, event: WebhookEvent, now: Date = new Date()): Promise<void> {
  const hooks = await s.webhooks.subscribers(event.municipality, event.type);
  if (hooks.length === 0) return;
  const eventId = randomUUID();
  const payload = JSON.stringify({
    id: eventId,
    type: event.type,
    occurredAt: now.toISOString(),
    municipality: event.municipality,
    data: event.data,
  });
  for (const hook of hooks) {
    await s.webhooks.insertDelivery({
      id: randomUUID(),
      municipality: event.municipality,
      webhookId: hook.id,
      eventId,
      eventType: event.type,
      payload,
      nextAttemptAt: now,
      redeliveryOf: null,
    });
  }
}
