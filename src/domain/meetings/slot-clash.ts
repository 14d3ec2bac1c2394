/**
 * A booked slot may not be booked twice (issue 13, point 9). The clash rule is the year
 * planner's (plan-year.ts): a person is never in two meetings whose times overlap on the same day;
 * a meeting without times blocks its whole day. Used when meetings are created, so a second
 * submission of the same plan (the back button) or a hand-made meeting in a taken slot is refused
 * with a warning naming the meeting and the person, instead of silently double-booking.
 */
import { DEFAULT_MEETING_MINUTES } from '../calendar/ical.ts';
import { type ClockTime, clockTimeOf, minutesOfDay, timesOverlap } from '../calendar/clock-time.ts';
import type { Meeting } from './types.ts';

export interface SlotClash {
  meeting: Pick<Meeting, 'id' | 'title' | 'date' | 'startTime'>;
  person: string;
}

function span(m: Pick<Meeting, 'startTime' | 'endTime'>): [ClockTime, ClockTime] | null {
  if (m.startTime === null) return null;
  const end =
    m.endTime ?? clockTimeOf(Math.min(minutesOfDay(m.startTime) + DEFAULT_MEETING_MINUTES, 24 * 60 - 1)) ?? '23:59';
  return [m.startTime, end];
}

export function slotClash(
  candidate: Pick<Meeting, 'id' | 'date' | 'startTime' | 'endTime' | 'participants'>,
  others: readonly Meeting[],
): SlotClash | null {
  if (candidate.date === null) return null;
  const people = new Map(
    candidate.participants.flatMap((p) => (p.personId ? [[p.personId, p.name] as const] : [])),
  );
  for (const other of others) {
    if (other.id === candidate.id || other.status === 'cancelled' || other.date !== candidate.date) continue;
    const a = span(candidate);
    const b = span(other);
    if (a && b && !timesOverlap(a[0], a[1], b[0], b[1])) continue;
    const shared = other.participants.find((p) => p.personId && people.has(p.personId));
    if (shared) return { meeting: other, person: shared.name };
  }
  return null;
}
