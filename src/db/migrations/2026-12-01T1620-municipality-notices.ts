import type { Kysely } from 'kysely';

/**
 * Per-municipality links to the accessibility statement (webtilgængelighedsloven § 3, made with
 * Digitaliseringsstyrelsen's WAS-Tool) and the privacy notice (GDPR art. 13). Null means the
 * built-in pages (/tilgaengelighed, /privatliv) are linked instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('municipality')
    .addColumn('accessibility_statement_url', 'text')
    .addColumn('privacy_notice_url', 'text')
    .execute();
}
