/**
 * The Kysely adapter of the webhooks port. The claim is one UPDATE over a SELECT … FOR UPDATE
 * SKIP LOCKED: concurrent claimers (two server instances) skip each other's rows, and the lease
 * (`claimed_until`) hands a delivery to another instance only after the claimer's lease ran out.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  ClaimedDelivery,
  DeliveryStatus,
  Webhook,
  WebhookDelivery,
  WebhookStore,
} from '../../app/webhooks/webhook-store.ts';
import type { WebhookEventType } from '../../domain/webhooks/events.ts';
import type { Database, WebhookDeliveryRow, WebhookRow } from '../schema.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

function toWebhook(r: Selectable<WebhookRow>): Webhook {
  return {
    id: r.id,
    municipality: r.municipality,
    url: r.url,
    events: r.events as WebhookEventType[],
    description: r.description,
    createdAt: iso(r.created_at),
    createdBy: r.created_by,
    removedAt: r.removed_at ? iso(r.removed_at) : null,
  };
}

type DeliverySelect = Omit<Selectable<WebhookDeliveryRow>, 'claimed_until'>;

function toDelivery(r: DeliverySelect): WebhookDelivery {
  return {
    id: r.id,
    municipality: r.municipality,
    webhookId: r.webhook_id,
    eventId: r.event_id,
    eventType: r.event_type as WebhookEventType,
    payload: r.payload,
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    nextAttemptAt: iso(r.next_attempt_at),
    lastStatus: r.last_status,
    lastError: r.last_error,
    redeliveryOf: r.redelivery_of,
    createdAt: iso(r.created_at),
    deliveredAt: r.delivered_at ? iso(r.delivered_at) : null,
  };
}

const hookColumns = [
  'id',
  'municipality',
  'url',
  'secret',
  'events',
  'description',
  'created_at',
  'created_by',
  'removed_at',
] as const;
const deliveryColumns = [
  'webhook_delivery.id',
  'webhook_delivery.municipality',
  'webhook_delivery.webhook_id',
  'webhook_delivery.event_id',
  'webhook_delivery.event_type',
  'webhook_delivery.payload',
  'webhook_delivery.status',
  'webhook_delivery.attempts',
  'webhook_delivery.next_attempt_at',
  'webhook_delivery.last_status',
  'webhook_delivery.last_error',
  'webhook_delivery.redelivery_of',
  'webhook_delivery.created_at',
  'webhook_delivery.delivered_at',
] as const;

export function createWebhookStore(db: Kysely<Database>): WebhookStore {
  return {
    async insertWebhook(hook, secret) {
      await db
        .insertInto('webhook')
        .values({
          id: hook.id,
          municipality: hook.municipality,
          url: hook.url,
          secret,
          events: JSON.stringify(hook.events),
          description: hook.description,
          created_at: hook.createdAt,
          created_by: hook.createdBy,
        })
        .execute();
    },
    async listWebhooks(municipality) {
      const rows = await db
        .selectFrom('webhook')
        .select(hookColumns)
        .where('municipality', '=', municipality)
        .where('removed_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ ...toWebhook(r), secret: r.secret }));
    },
    async getWebhook(municipality, id) {
      const row = await db
        .selectFrom('webhook')
        .select(hookColumns)
        .where('municipality', '=', municipality)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toWebhook(row) : null;
    },
    async removeWebhook(municipality, id, at) {
      const removed = await db
        .updateTable('webhook')
        .set({ removed_at: at })
        .where('municipality', '=', municipality)
        .where('id', '=', id)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (Number(removed.numUpdatedRows) === 0) return false;
      await db
        .updateTable('webhook_delivery')
        .set({ status: 'cancelled', claimed_until: null })
        .where('webhook_id', '=', id)
        .where('status', '=', 'pending')
        .execute();
      return true;
    },
    async subscribers(municipality, type) {
      const hooks = await this.listWebhooks(municipality);
      return hooks.filter((h) => h.events.includes(type));
    },
    async insertDelivery(d) {
      await db
        .insertInto('webhook_delivery')
        .values({
          id: d.id,
          municipality: d.municipality,
          webhook_id: d.webhookId,
          event_id: d.eventId,
          event_type: d.eventType,
          payload: d.payload,
          next_attempt_at: d.nextAttemptAt,
          redelivery_of: d.redeliveryOf,
        })
        .execute();
    },
    async listDeliveries(municipality, limit) {
      const rows = await db
        .selectFrom('webhook_delivery')
        .innerJoin('webhook', 'webhook.id', 'webhook_delivery.webhook_id')
        .select([...deliveryColumns, 'webhook.url'])
        .where('webhook_delivery.municipality', '=', municipality)
        .orderBy('webhook_delivery.created_at', 'desc')
        .orderBy('webhook_delivery.id', 'desc')
        .limit(limit)
        .execute();
      const ids = rows.map((r) => r.id);
      const attempts =
        ids.length === 0
          ? []
          : await db
              .selectFrom('webhook_attempt')
              .selectAll()
              .where('delivery_id', 'in', ids)
              .orderBy('id')
              .execute();
      return rows.map((r) => ({
        ...toDelivery(r),
        url: r.url,
        log: attempts
          .filter((a) => a.delivery_id === r.id)
          .map((a) => ({
            at: iso(a.at),
            statusCode: a.status_code,
            error: a.error,
            durationMs: a.duration_ms,
          })),
      }));
    },
    async getDelivery(municipality, id) {
      const row = await db
        .selectFrom('webhook_delivery')
        .select(deliveryColumns)
        .where('municipality', '=', municipality)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toDelivery(row) : null;
    },
    async claimDue(now, limit, leaseSeconds) {
      const until = new Date(now.getTime() + leaseSeconds * 1000);
      const claimed = await sql<{ id: string }>`
        UPDATE webhook_delivery SET claimed_until = ${until}
        WHERE id IN (
          SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
          WHERE d.status = 'pending' AND d.next_attempt_at <= ${now}
            AND (d.claimed_until IS NULL OR d.claimed_until <= ${now})
            AND w.removed_at IS NULL
          ORDER BY d.next_attempt_at, d.id
          LIMIT ${limit}
          FOR UPDATE OF d SKIP LOCKED
        )
        RETURNING id`.execute(db);
      const ids = claimed.rows.map((r) => r.id);
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('webhook_delivery')
        .innerJoin('webhook', 'webhook.id', 'webhook_delivery.webhook_id')
        .select([...deliveryColumns, 'webhook.url', 'webhook.secret'])
        .where('webhook_delivery.id', 'in', ids)
        .orderBy('webhook_delivery.next_attempt_at')
        .orderBy('webhook_delivery.id')
        .execute();
      return rows.map((r): ClaimedDelivery => ({ ...toDelivery(r), url: r.url, secret: r.secret }));
    },
    async recordAttempt(deliveryId, outcome) {
      await db
        .insertInto('webhook_attempt')
        .values({
          delivery_id: deliveryId,
          at: outcome.attempt.at,
          status_code: outcome.attempt.statusCode,
          error: outcome.attempt.error,
          duration_ms: outcome.attempt.durationMs,
        })
        .execute();
      await db
        .updateTable('webhook_delivery')
        .set({
          status: outcome.status,
          attempts: sql`attempts + 1`,
          claimed_until: null,
          last_status: outcome.attempt.statusCode,
          last_error: outcome.attempt.error,
          ...(outcome.nextAttemptAt ? { next_attempt_at: outcome.nextAttemptAt } : {}),
          ...(outcome.status === 'delivered' ? { delivered_at: outcome.attempt.at } : {}),
        })
        .where('id', '=', deliveryId)
        .execute();
    },
  };
}
