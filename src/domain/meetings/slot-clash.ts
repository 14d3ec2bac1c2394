/**
 * A booked slot may not be booked twice (issue 13, point 9). The clash rule is the year
 * planner's (plan-year.ts): a person is never in two meetings whose times overlap on the same day;
 * a meeting without times blocks its whole day. Used when meetings are created, so a second
 * submission of the same plan (the back button) or a hand-made meeting in a taken slot is refused
 * with a warning naming the meeting and the person, instead of silently double-booking.
 */

import { type ClockTime, clockTimeOf, minutesOfDay, timesOverlap } from '../calendar/clock-time.ts';
import { DEFAULT_MEETING_MINUTES } from '../calendar/ical.ts';
import { danishDate } from '../shared/iso-date.ts';
import type { Meeting } from './types.ts';

export interface SlotClash {
  meeting: Pick<Meeting, 'id' | 'title' | 'date' | 'startTime' | 'endTime'>;
  person: string;
}

/** "14-10-2027 kl. 10:00–12:00", "14-10-2027 (hele dagen)" for a meeting without times. */
export function slotLabel(m: Pick<Meeting, 'date' | 'startTime' | 'endTime'>): string {
  if (m.date === null) return 'uden dato';
  if (m.startTime === null) return `${danishDate(m.date)} (hele dagen)`;
  return `${danishDate(m.date)} kl. ${m.startTime}${m.endTime ? `–${m.endTime}` : ''}`;
}

/**
 * The warning the year planner shows at a row before anything is booked: which slot collides
 * with which meeting, and through whom (issue 13, point 9).
 */
export function clashMessage(
  candidate: Pick<Meeting, 'date' | 'startTime' | 'endTime'>,
  clash: SlotClash,
  planned: boolean,
): string {
  return `Sammenfald: ${slotLabel(candidate)} falder sammen med »${clash.meeting.title}« ${slotLabel(clash.meeting)}${planned ? ' i denne plan' : ''} – ${clash.person} skal deltage i begge. Vælg et andet tidspunkt.`;
}

function span(m: Pick<Meeting, 'startTime' | 'endTime'>): [ClockTime, ClockTime] | null {
  if (m.startTime === null) return null;
  const end =
    m.endTime ??
    clockTimeOf(Math.min(minutesOfDay(m.startTime) + DEFAULT_MEETING_MINUTES, 24 * 60 - 1)) ??
    '23:59';
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
