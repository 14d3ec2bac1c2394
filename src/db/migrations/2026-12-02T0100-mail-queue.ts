import { type Kysely, sql } from 'kysely';

/**
 * The outbox becomes a durable mail queue (issue 13, point 1): each message carries its HTML
 * body, its calendar part (iTIP, RFC 6047) and attachments, a delivery state with retries and
 * back-off, and a claim (token + lease) so one worker — of possibly several server instances on
 * one PostgreSQL — sends it. `mail_delivery_log` records every step: queued, sent (with the SMTP
 * server's answer), failed (with its answer), resent by hand.
 *
 * Rows already in the outbox keep their meaning: one with `sent_at` is `sent`, the rest `queued`.
 * `meeting_invitation.outbox_id` ties each calendar invitation to the mail that carries it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('outbox')
    .addColumn('to_name', 'text')
    .addColumn('html', 'text')
    .addColumn('calendar_method', 'text')
    .addColumn('calendar', 'text')
    .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('other'))
    .addColumn('municipality', 'text', (c) => c.references('municipality.code'))
    .addColumn('message_id', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('claim_token', 'text')
    .addColumn('claimed_until', 'timestamptz')
    .addColumn('last_response', 'text')
    .execute();
  await sql`UPDATE outbox SET state = 'sent' WHERE sent_at IS NOT NULL`.execute(db);
  await sql`UPDATE outbox SET message_id = 'outbox-' || id WHERE message_id IS NULL`.execute(db);
  await sql`ALTER TABLE outbox ADD CONSTRAINT outbox_state CHECK (state IN ('queued', 'sent', 'failed'))`.execute(
    db,
  );
  // The worker's claim query: the due, unclaimed queued messages in order.
  await sql`CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE state = 'queued'`.execute(db);
  await db.schema.createIndex('outbox_municipality').on('outbox').columns(['municipality', 'id']).execute();

  await db.schema
    .createTable('mail_delivery_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('outbox_id', 'bigint', (c) => c.notNull().references('outbox.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('detail', 'text')
    .addColumn('actor', 'text')
    .addCheckConstraint(
      'mail_delivery_log_event',
      sql`event IN ('queued', 'sent', 'failed', 'retry', 'resent')`,
    )
    .execute();
  await db.schema
    .createIndex('mail_delivery_log_outbox')
    .on('mail_delivery_log')
    .columns(['outbox_id', 'id'])
    .execute();
  await sql`INSERT INTO mail_delivery_log (outbox_id, at, event) SELECT id, created_at, 'queued' FROM outbox`.execute(
    db,
  );
  await sql`INSERT INTO mail_delivery_log (outbox_id, at, event) SELECT id, sent_at, 'sent' FROM outbox WHERE sent_at IS NOT NULL`.execute(
    db,
  );

  await db.schema
    .alterTable('meeting_invitation')
    .addColumn('outbox_id', 'bigint', (c) => c.references('outbox.id'))
    .execute();
}
