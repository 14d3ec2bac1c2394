/**
 * Issue 12 #12 and #9.
 *
 * Facts: recording the same fact twice stored it twice. Exact duplicates (same obligation,
 * kind, date, reference and note) are merged — nothing is lost, they are the same statement —
 * and a unique index makes a repeat a no-op from now on (the store answers with the first).
 *
 * URLs: only http(s) addresses may be stored and shown as links. Values that are neither
 * http(s) nor the product's own root-relative paths (`/redegoerelser/…`, written by publishing)
 * were never valid links; they are cleared so no page renders them.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM obligation_fact f
    USING obligation_fact g
    WHERE f.municipality = g.municipality
      AND f.obligation_id = g.obligation_id
      AND f.kind = g.kind
      AND f.date = g.date
      AND coalesce(f.ref, '') = coalesce(g.ref, '')
      AND coalesce(f.note, '') = coalesce(g.note, '')
      AND f.id > g.id
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX obligation_fact_once
    ON obligation_fact (municipality, obligation_id, kind, date, (coalesce(ref, '')), (coalesce(note, '')))
  `.execute(db);

  await sql`UPDATE municipality SET accounts_url = NULL WHERE accounts_url !~* '^https?://[^/\\s]'`.execute(
    db,
  );
  for (const table of ['agreement_status_change', 'agreement_progress_proposal']) {
    await sql`
      UPDATE ${sql.table(table)} SET evidence_url = NULL
      WHERE evidence_url !~* '^https?://[^/\\s]' AND evidence_url !~ '^/[^/]'
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS obligation_fact_once`.execute(db);
}
