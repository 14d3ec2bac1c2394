import { type Kysely, sql } from 'kysely';

/**
 * Remembered corrections of agenda imports, per municipality (issue 16, pt 4): part of the
 * municipality's import profile, learned when a user corrects a field on the import preview
 * (importer/agenda/remembered/). One rule per (municipality, kind, text in lower case); `target`
 * is the heading role of a heading synonym or the abbreviation of a body alias.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agenda_import_correction')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind IN ('caseNumberLabel', 'headingSynonym', 'bodyAlias')`),
    )
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) BETWEEN 1 AND 60`))
    .addColumn('target', 'text')
    .addColumn('example', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await sql`CREATE UNIQUE INDEX agenda_import_correction_rule
    ON agenda_import_correction (municipality, kind, lower(text))`.execute(db);
}
