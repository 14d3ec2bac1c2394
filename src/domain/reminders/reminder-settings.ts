/**
 * The municipality's reminder settings (issue 13, point 8): how many days before a planned
 * dialogue meeting a missing documentation package is reminded of, how many days after the
 * meeting an unpublished account is, and how many days ahead an agreement's deadline is.
 *
 * These are municipal settings, not law: almenboligloven § 164, stk. 2 obliges the council to
 * publish an account of the dialogue but sets no number of days (domain.md §1 names no deadline;
 * [open] keep it configurable, never hard-code it). The defaults are the product's suggestion.
 */
import { z } from 'zod';

export interface ReminderSettings {
  /** Remind of a missing package from this many days before the meeting until the meeting day. */
  packageDaysBefore: number;
  /** Remind of an unpublished account from this many days after the meeting. */
  accountDaysAfter: number;
  /** Remind of an open agreement from this many days before its deadline (and after it). */
  agreementDaysAhead: number;
}

/**
 * 21 days: three weeks leave time to read the package before the meeting (the package is the
 * basis of the meeting, almenboligloven § 164, stk. 3). 30 days: about a month after the
 * meeting for both parties to approve the minutes and the council to publish. 14 days: two
 * weeks' warning before an agreement's deadline. [open] product defaults, no source.
 */
export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = {
  packageDaysBefore: 21,
  accountDaysAfter: 30,
  agreementDaysAhead: 14,
};

/** The largest value a setting accepts: a year. */
export const MAX_REMINDER_DAYS = 365;

const days = (label: string) =>
  z.coerce
    .number({ message: `${label} skal være et helt antal dage` })
    .int({ message: `${label} skal være et helt antal dage` })
    .min(0, { message: `${label} skal være mellem 0 og ${MAX_REMINDER_DAYS} dage` })
    .max(MAX_REMINDER_DAYS, { message: `${label} skal være mellem 0 og ${MAX_REMINDER_DAYS} dage` });

/** The settings as input (form, CLI, API), with Danish messages naming the field. */
export const reminderSettingsSchema = z.object({
  packageDaysBefore: days('Dage før mødet for manglende dokumentationspakke'),
  accountDaysAfter: days('Dage efter mødet for ikke offentliggjort redegørelse'),
  agreementDaysAhead: days('Dage før en aftales frist'),
});
