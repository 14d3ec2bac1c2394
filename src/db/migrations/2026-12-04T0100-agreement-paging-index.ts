import type { Kysely } from 'kysely';

/**
 * The agreements list's order (issue 18: paged in SQL): newest steering year first, then agreed
 * date, then id, within a municipality — the index serves the numbered pages, the API's keyset
 * cursor (a row comparison on the three) and the filtered counts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('agreement_municipality_year_agreed_id')
    .on('agreement')
    .columns(['municipality', 'steering_year', 'agreed_on', 'id'])
    .execute();
}
