import { type Kysely, sql } from 'kysely';
import {
  type Meeting,
  nextPublishedVersion,
  type PublishedVersionSummary,
} from '../../domain/meetings/index.ts';

/**
 * Published accounts as immutable versions (hardening issue, finding 5): the public pages read
 * only what the publish step stored, never the meeting's current minutes. One row per publication;
 * a database trigger refuses UPDATE and DELETE, like the audit log.
 *
 * Backfill: every meeting already published gets its publications as versions, each from the
 * minutes version that publication named (`meeting.publications`), looked up in the current minutes
 * and the minutes history — what the public page showed when each was published.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('published_account_version')
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('published_on', 'date', (c) => c.notNull())
    .addColumn('correction_reason', 'text')
    .addColumn('corrected_on', 'date')
    .addColumn('account', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('published_account_version_pk', ['municipality', 'meeting_id', 'version'])
    .execute();
  await sql`CREATE FUNCTION published_account_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'published_account_version is append-only'; END $$`.execute(db);
  await sql`CREATE TRIGGER published_account_version_no_change BEFORE UPDATE OR DELETE ON published_account_version
    FOR EACH ROW EXECUTE FUNCTION published_account_version_is_immutable()`.execute(db);
  await backfill(db);
}

/** Exported for the test that compares it with what the publish step stores. */
export async function backfill(db: Kysely<unknown>): Promise<void> {
  const rows = await sql<{ meeting: Meeting; version: number }>`
    SELECT meeting, version FROM meeting WHERE meeting->>'publishedOn' IS NOT NULL ORDER BY id`.execute(db);
  for (const row of rows.rows) {
    const meeting = { ...row.meeting, version: row.version };
    const municipality = (
      await sql<{
        code: string;
        name: string;
      }>`SELECT code, name FROM municipality WHERE code = ${meeting.municipality}`.execute(db)
    ).rows[0];
    if (!municipality) continue;
    const organisation = meeting.organisationId
      ? ((
          await sql<{ id: string; name: string; cvr: string }>`
            SELECT id, name, cvr FROM housing_organisation WHERE id = ${meeting.organisationId}`.execute(db)
        ).rows[0] ?? null)
      : null;
    const stored: PublishedVersionSummary[] = [];
    const allMinutes = [...(meeting.minutesHistory ?? []), ...(meeting.minutes ? [meeting.minutes] : [])];
    for (const publication of meeting.publications ?? []) {
      const minutes = allMinutes.find((m) => m.version === publication.minutesVersion && m.locked);
      if (!minutes) continue;
      const next = nextPublishedVersion(
        { ...meeting, minutes },
        stored,
        organisation,
        municipality,
        publication.on,
      );
      if (!next) continue;
      await sql`INSERT INTO published_account_version
          (municipality, meeting_id, version, published_on, correction_reason, corrected_on, account)
        VALUES (${meeting.municipality}, ${meeting.id}, ${next.version}, ${next.publishedOn},
          ${next.correction?.reason ?? null}, ${next.correction?.on ?? null}, ${JSON.stringify(next.account)})`.execute(
        db,
      );
      stored.push(next);
    }
  }
}
