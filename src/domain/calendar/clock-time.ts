/**
 * Wall-clock times of day as `HH:MM` strings (24-hour, Danish local time). Like IsoDate, they
 * compare correctly as strings. No time zone here: a meeting at "10:00" means 10:00 in
 * Copenhagen, and only calendar/ical.ts turns it into an instant (with luxon).
 */
export type ClockTime = string;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** Minutes since midnight. @throws RangeError on a malformed time. */
export function minutesOfDay(time: ClockTime): number {
  const m = CLOCK_TIME.exec(time);
  if (!m) throw new RangeError(`Ugyldigt klokkeslæt: "${time}" (forventet TT:MM, fx 09:00)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** `HH:MM` for minutes since midnight; null when it falls outside the day (>= 24:00). */
export function clockTimeOf(minutes: number): ClockTime | null {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) return null;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** True when the half-open intervals [aStart, aEnd) and [bStart, bEnd) share a minute. */
export function timesOverlap(
  aStart: ClockTime,
  aEnd: ClockTime,
  bStart: ClockTime,
  bEnd: ClockTime,
): boolean {
  return aStart < bEnd && bStart < aEnd;
}
