/**
 * The reminders port (issue 13, point 8): the municipality's reminder settings, each user's
 * choice to receive reminders, the documentation packages the rules read, and the daily job's
 * run records that make a day's digest go out once across server instances. Implemented in
 * db/reminders/reminder-store.ts.
 */
import type { DocumentationPackage } from '../../domain/meetings/index.ts';
import type { ReminderSettings } from '../../domain/reminders/reminder-settings.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';

export interface JobRun {
  job: string;
  day: IsoDate;
  startedAt: Date;
  finishedAt: Date | null;
  result: Record<string, unknown> | null;
}

export interface ReminderStore {
  /** The municipality's stored settings; null when it uses the defaults. */
  settings(municipality: string): Promise<ReminderSettings | null>;
  /** Every municipality's stored settings, by code. */
  allSettings(): Promise<Map<string, ReminderSettings>>;
  saveSettings(municipality: string, settings: ReminderSettings): Promise<void>;
  /** The users among `userIds` who switched reminders off. */
  optedOut(userIds: readonly string[]): Promise<Set<string>>;
  remindersEnabled(userId: string): Promise<boolean>;
  setRemindersEnabled(userId: string, enabled: boolean): Promise<void>;
  /** Every stored documentation package of the municipality (one query). */
  listPackages(municipality: string): Promise<DocumentationPackage[]>;
  /**
   * Claims `job` for `day` by inserting its run record. Inside a transaction on PostgreSQL a
   * concurrent claim of the same day waits until this one commits or rolls back; false when the
   * day is already taken.
   */
  claimRun(job: string, day: IsoDate, at: Date): Promise<boolean>;
  finishRun(job: string, day: IsoDate, at: Date, result: Record<string, unknown>): Promise<void>;
  getRun(job: string, day: IsoDate): Promise<JobRun | null>;
}
