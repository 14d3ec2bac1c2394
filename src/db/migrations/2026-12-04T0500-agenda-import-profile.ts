import { type Kysely, sql } from 'kysely';

/**
 * The municipality's agenda import profile, second part (issue 16 leftovers): the layout profile
 * it pinned (one row per municipality; no row = detect per page), and remembered title labels
 * ("Emne: …") as a fourth kind of remembered correction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agenda_import_profile')
    .addColumn('municipality', 'text', (c) => c.primaryKey().references('municipality.code'))
    .addColumn('layout_profile', 'text', (c) =>
      c.notNull().check(sql`layout_profile IN ('sbsys', 'acadre', 'edagsorden', 'netpublicator', 'cms')`),
    )
    .addColumn('pinned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('pinned_by', 'text', (c) => c.notNull())
    .execute();
  await sql`ALTER TABLE agenda_import_correction DROP CONSTRAINT agenda_import_correction_kind_check`.execute(
    db,
  );
  await sql`ALTER TABLE agenda_import_correction ADD CONSTRAINT agenda_import_correction_kind_check
    CHECK (kind IN ('caseNumberLabel', 'headingSynonym', 'bodyAlias', 'titleLabel'))`.execute(db);
}
