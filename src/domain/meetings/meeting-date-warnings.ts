/**
 * Warnings, not refusals, about a meeting's date: a meeting on a weekend, a Danish public
 * holiday or a practice closing day is possible (an evening meeting with a board, say) but is
 * more often a typing slip. The year planner never proposes such days (plan-year.ts uses the same
 * working-day rules, calendar/working-days.ts); a date chosen by hand gets this warning instead.
 *
 * Not here: the meeting's status rules (lifecycle.ts) — a warning never blocks a step.
 */
import { nonWorkingReason, type WorkingDayOptions } from '../calendar/working-days.ts';
import type { Finding } from '../shared/finding.ts';
import { danishDate, isIsoDate } from '../shared/iso-date.ts';
import type { Meeting } from './types.ts';

/** One warning when a live meeting's date is not a working day; none for held or cancelled ones. */
export function meetingDateWarnings(
  meeting: Pick<Meeting, 'date' | 'status'>,
  options: WorkingDayOptions = {},
): Finding[] {
  if (meeting.date === null || !isIsoDate(meeting.date)) return [];
  if (meeting.status !== 'planned' && meeting.status !== 'invited') return [];
  const reason = nonWorkingReason(meeting.date, options);
  if (reason === null) return [];
  return [
    {
      code: 'meeting.dateNotWorkingDay',
      severity: 'warning',
      message: `Mødet ligger ${danishDate(meeting.date)}, som er en ${reason}. Kontrollér, at datoen er rigtig.`,
      ref: 'date',
    },
  ];
}
