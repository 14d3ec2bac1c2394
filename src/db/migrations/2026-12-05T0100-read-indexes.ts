import { type Kysely, sql } from 'kysely';

/**
 * Indexes named by EXPLAIN ANALYZE of the Overblik's and the compliance API's SQL on the national
 * bench dataset (issue 18; docs/benchmarks.md, "Statistics and indexes"):
 * - `meeting (municipality, status)`: the open meetings behind the reminders (planned … approved)
 *   were found by visiting every meeting of the municipality (941 in the largest) to return none;
 * - `compliance_obligation (municipality, year, position, valid_from, valid_to)` in place of
 *   `compliance_obligation_read (municipality, year, valid_to, position)`: the rows of the read
 *   come out in the read's order (year, position; no sort of ~800 KB of rows) and the dates are
 *   checked in the index, so only the rows read are visited. The rebuild check's order (year,
 *   position, valid_from) is the same index. One index replaced by one: writes cost the same.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('meeting_municipality_status')
    .on('meeting')
    .columns(['municipality', 'status'])
    .execute();
  await sql`CREATE INDEX compliance_obligation_order ON compliance_obligation
    (municipality, year, position, valid_from, valid_to)`.execute(db);
  await sql`DROP INDEX compliance_obligation_read`.execute(db);
}
