import { type Kysely, sql } from 'kysely';

/**
 * Webhooks per municipality (issue 15): the hooks, a durable delivery queue and the log of every
 * attempt. Deliveries are claimed with FOR UPDATE SKIP LOCKED and a lease (`claimed_until`), so
 * two server instances never send the same delivery at once, and a delivery claimed by an
 * instance that died is taken over when its lease runs out. A removed hook keeps its log
 * (`removed_at`); its pending deliveries are cancelled.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('webhook')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('url', 'text', (c) => c.notNull())
    // Kept readable: every delivery is signed with it (HMAC needs the secret itself).
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('events', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('webhook_delivery')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhook.id'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    // The body exactly as sent: a redelivery sends the same bytes (with a fresh signature).
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('claimed_until', 'timestamptz')
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('redelivery_of', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('delivered_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('webhook_delivery_due')
    .on('webhook_delivery')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createTable('webhook_attempt')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_delivery.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error', 'text')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute();
}
