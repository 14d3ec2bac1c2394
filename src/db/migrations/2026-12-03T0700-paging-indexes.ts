import type { Kysely } from 'kysely';

/**
 * Indexes for the orders the paged lists use (issue 18): the audit log newest first by id within a
 * municipality (page by offset, the API's cursor by id), and the registry's and the meetings'
 * per-municipality reads in their stable order (id; date, id).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('audit_entry_municipality_id')
    .on('audit_entry')
    .columns(['municipality', 'id'])
    .execute();
  await db.schema
    .createIndex('housing_organisation_municipality_id')
    .on('housing_organisation')
    .columns(['municipality', 'id'])
    .execute();
  await db.schema
    .createIndex('person_municipality_id')
    .on('person')
    .columns(['municipality', 'id'])
    .execute();
  await db.schema
    .createIndex('meeting_municipality_date_id')
    .on('meeting')
    .columns(['municipality', 'date', 'id'])
    .execute();
}
