import { type Kysely, sql } from 'kysely';

/**
 * A published account can be withdrawn with a reason (issue 13, point 7). One row per withdrawn
 * published version; like the versions themselves the rows are never changed or deleted (a
 * trigger refuses it): the public page says when and why, and a corrected account is published
 * as a new version. The version it names is checked by the use case (domain `withdrawal`), not by
 * a foreign key, so that the versions table can still be rebuilt by its backfill.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('published_account_withdrawal')
    .addColumn('municipality', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('withdrawn_on', 'date', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('withdrawn_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('published_account_withdrawal_pk', ['municipality', 'meeting_id', 'version'])
    .execute();
  await sql`CREATE FUNCTION published_account_withdrawal_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'published_account_withdrawal is append-only'; END $$`.execute(db);
  await sql`CREATE TRIGGER published_account_withdrawal_no_change BEFORE UPDATE OR DELETE ON published_account_withdrawal
    FOR EACH ROW EXECUTE FUNCTION published_account_withdrawal_is_immutable()`.execute(db);
}
