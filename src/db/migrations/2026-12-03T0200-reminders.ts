import { type Kysely, sql } from 'kysely';

/**
 * Reminders driven by the obligations (issue 13, point 8).
 *
 * - `job_run`: one row per scheduled job and day. The daily digest claims its day by inserting
 *   the row in the transaction that queues the mails; a second server instance on the same
 *   PostgreSQL waits on the primary key until the first commits and then finds the day taken
 *   (ON CONFLICT DO NOTHING), so exactly one instance sends a day's digest.
 * - `reminder_setting`: the municipality's N values (days before the meeting a missing package is
 *   reminded of, days after the meeting an unpublished account is, days ahead an agreement's
 *   deadline is); a municipal setting, not law — defaults in domain/reminders/reminder-settings.ts.
 * - `app_user.reminders_enabled`: each user may switch the digest off (/min-profil).
 * - The front page's "Mine opgaver" shows meetings and packages, so their changes bump the
 *   municipality's content version (the front page's ETag) like agreements already do.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE job_run (
    job text NOT NULL,
    day date NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    result json,
    PRIMARY KEY (job, day)
  )`.execute(db);

  await sql`CREATE TABLE reminder_setting (
    municipality text PRIMARY KEY REFERENCES municipality (code),
    package_days_before integer NOT NULL CHECK (package_days_before BETWEEN 0 AND 365),
    account_days_after integer NOT NULL CHECK (account_days_after BETWEEN 0 AND 365),
    agreement_days_ahead integer NOT NULL CHECK (agreement_days_ahead BETWEEN 0 AND 365)
  )`.execute(db);

  await sql`ALTER TABLE app_user ADD COLUMN reminders_enabled boolean NOT NULL DEFAULT true`.execute(db);

  for (const table of ['meeting', 'documentation_package', 'reminder_setting']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_compliance AFTER INSERT OR UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION compliance_touch('content', 'municipality')`,
      )
      .execute(db);
  }
}
