import { type Kysely, sql } from 'kysely';

/**
 * Serving many municipalities (issue 17): a municipality gets an address and can be suspended;
 * the national administrator (operates the installation, holds no municipality) is a grant
 * without a municipality, and such an account is managed by no municipality.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('municipality')
    .addColumn('address', 'text')
    .addColumn('suspended_at', 'timestamptz')
    .addColumn('suspension_reason', 'text')
    .execute();

  await db.schema
    .alterTable('app_user')
    .alterColumn('municipality', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('user_grant')
    .alterColumn('municipality', (c) => c.dropNotNull())
    .execute();
  await db.schema.alterTable('user_grant').dropConstraint('user_grant_role_known').execute();
  await db.schema
    .alterTable('user_grant')
    .addCheckConstraint(
      'user_grant_role_known',
      sql`role IN ('admin', 'caseOfficer', 'official', 'organisation', 'councilMember', 'nationalAdmin')`,
    )
    .execute();
  // Only the national administrator stands outside every municipality; every other grant names one.
  await db.schema
    .alterTable('user_grant')
    .addCheckConstraint('user_grant_national_scope', sql`(role = 'nationalAdmin') = (municipality IS NULL)`)
    .execute();
  await sql`CREATE UNIQUE INDEX user_grant_national_once ON user_grant (user_id) WHERE role = 'nationalAdmin'`.execute(
    db,
  );
}
