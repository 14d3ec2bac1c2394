import { type Kysely, sql } from 'kysely';

/**
 * The meeting cycle: meetings (the domain Meeting as jsonb, with the columns lists filter on),
 * the calendar invitations sent for them, documentation packages per organisation and steering
 * year, and calendar feed tokens (only a hash is stored, like API tokens).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meeting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('organisation_id', 'text', (c) => c.references('housing_organisation.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('date', 'date')
    // Optimistic concurrency: every save names the version it read and bumps it.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('meeting', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('meeting_municipality_year')
    .on('meeting')
    .columns(['municipality', 'year', 'date'])
    .execute();

  await db.schema
    .createTable('meeting_invitation')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('to_name', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('ics', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('meeting_invitation_meeting')
    .on('meeting_invitation')
    .columns(['municipality', 'meeting_id', 'id'])
    .execute();

  await db.schema
    .createTable('documentation_package')
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('housing_organisation.id'))
    .addColumn('steering_year', 'integer', (c) => c.notNull())
    .addColumn('package', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('documentation_package_pk', ['municipality', 'organisation_id', 'steering_year'])
    .execute();

  await db.schema
    .createTable('calendar_feed_token')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();
}
