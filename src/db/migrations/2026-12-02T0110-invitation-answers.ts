import type { Kysely } from 'kysely';

/**
 * Issue 13, points 1–2: each calendar invitation remembers its ORGANIZER (an update or a
 * cancellation must name the same one, RFC 5546 § 2.1.5), the participant it was made for, and
 * the SHA-256 hash of the secret in its answer link (attending / not attending / a deputy,
 * answered without logging in). The secret itself is only in the mail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('meeting_invitation')
    .addColumn('organizer_name', 'text')
    .addColumn('organizer_email', 'text')
    .addColumn('participant_key', 'text')
    .addColumn('answer_token_hash', 'text', (c) => c.unique())
    .execute();
}
