import type { Kysely } from 'kysely';

/**
 * Optimistic concurrency for the rest of the registry (hardening issue, finding 6): people,
 * departments and the municipality get the `version` that organisations, agreements and meetings
 * already have. A change names the version it read; the store saves only when it still matches
 * and bumps it, so of two conflicting writes exactly one wins and the other gets 412.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['person', 'department', 'municipality']) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
}
