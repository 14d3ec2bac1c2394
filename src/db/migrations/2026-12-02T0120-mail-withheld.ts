import { type Kysely, sql } from 'kysely';

/**
 * A queued mail can be withheld: the demo's meeting history is played through the real use
 * cases, which queue invitations for meetings years past; they are history, not mail to send when
 * SMTP is configured. Withheld messages stay readable (outbox page) and can be resent by hand.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE outbox DROP CONSTRAINT outbox_state`.execute(db);
  await sql`ALTER TABLE outbox ADD CONSTRAINT outbox_state CHECK (state IN ('queued', 'sent', 'failed', 'withheld'))`.execute(
    db,
  );
  await sql`ALTER TABLE mail_delivery_log DROP CONSTRAINT mail_delivery_log_event`.execute(db);
  await sql`ALTER TABLE mail_delivery_log ADD CONSTRAINT mail_delivery_log_event
    CHECK (event IN ('queued', 'sent', 'failed', 'retry', 'resent', 'withheld'))`.execute(db);
}
