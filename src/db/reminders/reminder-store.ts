/**
 * Kysely adapter of the reminders port (app/reminders/reminder-store.ts): `reminder_setting`,
 * `app_user.reminders_enabled`, `documentation_package` (read only) and `job_run`.
 */
import type { Kysely } from 'kysely';
import type { ReminderStore } from '../../app/reminders/reminder-store.ts';
import type { DocumentationPackage } from '../../domain/meetings/index.ts';
import type { ReminderSettings } from '../../domain/reminders/reminder-settings.ts';
import type { Database, ReminderSettingRow } from '../schema.ts';

function toSettings(row: ReminderSettingRow): ReminderSettings {
  return {
    packageDaysBefore: row.package_days_before,
    accountDaysAfter: row.account_days_after,
    agreementDaysAhead: row.agreement_days_ahead,
  };
}

export function createReminderStore(db: Kysely<Database>): ReminderStore {
  return {
    async settings(municipality) {
      const row = await db
        .selectFrom('reminder_setting')
        .selectAll()
        .where('municipality', '=', municipality)
        .executeTakeFirst();
      return row ? toSettings(row) : null;
    },

    async allSettings() {
      const rows = await db.selectFrom('reminder_setting').selectAll().execute();
      return new Map(rows.map((r) => [r.municipality, toSettings(r)]));
    },

    async saveSettings(municipality, s) {
      const values = {
        package_days_before: s.packageDaysBefore,
        account_days_after: s.accountDaysAfter,
        agreement_days_ahead: s.agreementDaysAhead,
      };
      await db
        .insertInto('reminder_setting')
        .values({ municipality, ...values })
        .onConflict((oc) => oc.column('municipality').doUpdateSet(values))
        .execute();
    },

    async optedOut(userIds) {
      if (userIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('app_user')
        .select('id')
        .where('id', 'in', userIds)
        .where('reminders_enabled', '=', false)
        .execute();
      return new Set(rows.map((r) => r.id));
    },

    async remindersEnabled(userId) {
      const row = await db
        .selectFrom('app_user')
        .select('reminders_enabled')
        .where('id', '=', userId)
        .executeTakeFirst();
      return row?.reminders_enabled ?? true;
    },

    async setRemindersEnabled(userId, enabled) {
      await db.updateTable('app_user').set({ reminders_enabled: enabled }).where('id', '=', userId).execute();
    },

    async listPackages(municipality) {
      const rows = await db
        .selectFrom('documentation_package')
        .select('package')
        .where('municipality', '=', municipality)
        .execute();
      return rows.map((r) => r.package as unknown as DocumentationPackage);
    },

    async claimRun(job, day, at) {
      const row = await db
        .insertInto('job_run')
        .values({ job, day, started_at: at })
        .onConflict((oc) => oc.columns(['job', 'day']).doNothing())
        .returning('job')
        .executeTakeFirst();
      return row !== undefined;
    },

    async finishRun(job, day, at, result) {
      await db
        .updateTable('job_run')
        .set({ finished_at: at, result: JSON.stringify(result) })
        .where('job', '=', job)
        .where('day', '=', day)
        .execute();
    },

    async getRun(job, day) {
      const row = await db
        .selectFrom('job_run')
        .selectAll()
        .where('job', '=', job)
        .where('day', '=', day)
        .executeTakeFirst();
      return row
        ? {
            job: row.job,
            day: row.day,
            startedAt: row.started_at,
            finishedAt: row.finished_at,
            result: row.result,
          }
        : null;
    },
  };
}
