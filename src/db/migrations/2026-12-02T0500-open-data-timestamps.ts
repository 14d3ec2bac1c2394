import { type Kysely, sql } from 'kysely';

/**
 * Created/modified instants for everything the OParl API serves (issue 15): OParl objects carry
 * `created` and `modified`, and clients sync with `modified_since`. Tables that lack them get
 * `created_at` and `modified_at` (existing rows: the migration's instant). A trigger sets
 * `modified_at` on every UPDATE that changes the row, so no store can forget it; an UPDATE that
 * writes identical values (a registry import of unchanged rows) leaves it alone.
 */
const TABLES = [
  'municipality',
  'election_period',
  'housing_organisation',
  'person',
  'body',
  'body_membership',
  'meeting',
  'political_case',
  'agreement',
] as const;

/** Tables that already record their creation (agreement.created_at, political_case.imported_at). */
const HAS_CREATED_AT = new Set<string>(['agreement', 'political_case']);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION touch_modified_at() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW IS DISTINCT FROM OLD THEN NEW.modified_at := clock_timestamp(); END IF;
      RETURN NEW;
    END $$`.execute(db);
  for (const table of TABLES) {
    if (!HAS_CREATED_AT.has(table)) {
      await db.schema
        .alterTable(table)
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    }
    await db.schema
      .alterTable(table)
      .addColumn('modified_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await sql`CREATE TRIGGER ${sql.raw(`${table}_touch_modified_at`)} BEFORE UPDATE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION touch_modified_at()`.execute(db);
  }
}
