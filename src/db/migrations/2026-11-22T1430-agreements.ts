import { type Kysely, sql } from 'kysely';

/**
 * Agreements made at dialogue meetings, their status history, and the organisations' progress
 * reports awaiting a case officer. History rows are only ever appended; the agreement row keeps
 * the current status (the last history entry's) for filtering.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agreement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('housing_organisation.id'))
    // No foreign key yet: meetings are a later slice; the id is kept as given.
    .addColumn('meeting_id', 'text')
    .addColumn('steering_year', 'integer', (c) => c.notNull())
    .addColumn('agreed_on', 'date', (c) => c.notNull())
    .addColumn('objective_area', 'text', (c) => c.notNull())
    .addColumn('department_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('responsible', 'jsonb', (c) => c.notNull())
    .addColumn('deadline', 'date')
    .addColumn('council_approval', 'jsonb')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('agreement_municipality_organisation')
    .on('agreement')
    .columns(['municipality', 'organisation_id', 'steering_year'])
    .execute();

  await db.schema
    .createTable('agreement_status_change')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreement.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_by_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('evidence_url', 'text')
    .addColumn('meeting_id', 'text')
    .addColumn('proposed_by_name', 'text')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('agreement_status_change_agreement')
    .on('agreement_status_change')
    .columns(['agreement_id', 'id'])
    .execute();

  await db.schema
    .createTable('agreement_progress_proposal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreement.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('evidence_url', 'text')
    .addColumn('proposed_on', 'date', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposed_by_name', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'date')
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // At most one pending report per agreement: a second one waits for the first decision.
  await sql`CREATE UNIQUE INDEX agreement_progress_proposal_one_pending
    ON agreement_progress_proposal (agreement_id) WHERE state = 'pending'`.execute(db);
}
