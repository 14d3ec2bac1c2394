import { type Kysely, sql } from 'kysely';

/**
 * Governance models as versioned data, and facts recorded against obligations.
 * A model version is stored whole (jsonb) with its identifying columns beside it; versions are
 * never updated, a change is a new version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('governance_model_version')
    .addColumn('model_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('model', 'jsonb', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('governance_model_version_pk', ['model_id', 'version'])
    .execute();

  await db.schema
    .createTable('obligation_fact')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('obligation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('ref', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('obligation_fact_municipality')
    .on('obligation_fact')
    .columns(['municipality', 'obligation_id'])
    .execute();
}
