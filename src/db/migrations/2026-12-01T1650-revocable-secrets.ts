import { type Kysely, sql } from 'kysely';

/**
 * Revocable secrets (hardening issue 12, findings #3 and #4): password reset requests are
 * recorded (by requested address and client address) so they can be throttled, and calendar
 * feed tokens are found by their owner (to list, renew and revoke them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('password_reset_request')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('password_reset_request_email_at')
    .on('password_reset_request')
    .columns(['email', 'at'])
    .execute();
  await db.schema
    .createIndex('password_reset_request_ip_at')
    .on('password_reset_request')
    .columns(['ip', 'at'])
    .execute();
  await db.schema
    .createIndex('calendar_feed_token_user')
    .on('calendar_feed_token')
    .columns(['user_id', 'municipality'])
    .execute();
}
