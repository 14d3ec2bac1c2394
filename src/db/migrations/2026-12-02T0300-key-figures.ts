import { type Kysely, sql } from 'kysely';

/**
 * Key figures (issue 14): one row per figure — organisation (null: a national figure), department
 * (null: the organisation as a whole), steering year, code, value and unit — and the source
 * (`import`, `manual`, `demo`). One figure per (municipality, organisation, department, year,
 * code); a re-import of a year deletes that year's rows and inserts the file's.
 *
 * `key_figure_setting` holds the municipality's flag thresholds for the briefing (a municipal
 * setting, not law); a municipality without a row uses the defaults in the domain.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('key_figure')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('organisation_id', 'text', (c) => c.references('housing_organisation.id'))
    .addColumn('department_id', 'text', (c) => c.references('department.id'))
    .addColumn('steering_year', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source IN ('import', 'manual', 'demo')`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE UNIQUE INDEX key_figure_unique ON key_figure
    (municipality, coalesce(organisation_id, ''), coalesce(department_id, ''), steering_year, code)`.execute(
    db,
  );
  await db.schema
    .createIndex('key_figure_year')
    .on('key_figure')
    .columns(['municipality', 'steering_year'])
    .execute();
  await db.schema
    .createTable('key_figure_setting')
    .addColumn('municipality', 'text', (c) => c.primaryKey().references('municipality.code'))
    .addColumn('efficiency_below', 'double precision', (c) => c.notNull())
    .addColumn('vacancy_above', 'double precision', (c) => c.notNull())
    .execute();
}
