import { type Kysely, sql } from 'kysely';

/**
 * Accounts and access: users with role grants per municipality, sessions (in the database so
 * that several server instances share them), API tokens, login attempts (for the lockout rule),
 * one-time password links and the mail outbox. Secrets are stored only as hashes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // `user` is a reserved word in PostgreSQL, hence app_user.
  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('password_hash', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_login_at', 'timestamptz')
    // E-mail is the login name and the OIDC mapping key: one spelling only.
    .addCheckConstraint('app_user_email_lower', sql`email = lower(email)`)
    .execute();

  await db.schema
    .createTable('user_grant')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('organisation_id', 'text')
    .addColumn('unit', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'user_grant_role_known',
      sql`role IN ('admin', 'caseOfficer', 'official', 'organisation', 'councilMember')`,
    )
    // An organisation user acts for exactly one organisation; nobody else is tied to one.
    .addCheckConstraint(
      'user_grant_organisation_scope',
      sql`(role = 'organisation') = (organisation_id IS NOT NULL)`,
    )
    .execute();
  await sql`CREATE UNIQUE INDEX user_grant_unique ON user_grant
    (user_id, role, municipality, coalesce(organisation_id, ''))`.execute(db);

  await db.schema
    .createTable('session')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_user').on('session').column('user_id').execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome IN ('success', 'failure')`))
    .execute();
  await db.schema
    .createIndex('login_attempt_email_at')
    .on('login_attempt')
    .columns(['email', 'at'])
    .execute();
  await db.schema.createIndex('login_attempt_ip_at').on('login_attempt').columns(['ip', 'at']).execute();

  await db.schema
    .createTable('password_link')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose IN ('reset', 'invite')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
}
