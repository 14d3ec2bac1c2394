/** Public API of calendar rules: clock times, Danish working days, iCalendar files. */
export { type ClockTime, clockTimeOf, isClockTime, minutesOfDay, timesOverlap } from './clock-time.ts';
export { COPENHAGEN_VTIMEZONE, COPENHAGEN_ZONE, vtimezoneFor } from './copenhagen-vtimezone.ts';
export {
  type CalendarFeedOptions,
  type CalendarPerson,
  calendarFeedIcs,
  DEFAULT_MEETING_MINUTES,
  type InvitationInput,
  invitationIcs,
  meetingUid,
} from './ical.ts';
export {
  danishPublicHolidays,
  isoWeekday,
  isWorkingDay,
  nonWorkingReason,
  PRACTICE_CLOSED_DAYS,
  type WorkingDayOptions,
  workingDaysBetween,
} from './working-days.ts';
