/**
 * "Planlæg året": proposes a date and time for each meeting obligation of a year. A proposal, not
 * a decision — the user adjusts it before meetings are created and invitations go out.
 *
 * Rules:
 * - Only working days: Monday–Friday, no Danish public holidays, no practice closing days
 *   (calendar/working-days.ts; Store Bededag is an ordinary working day from 2024).
 * - Inside the window: the one passed in for all obligations, else each obligation's own window
 *   (from its rule), else September–December (domain.md §2 [practice]: meetings are held then).
 *   Never before `notBefore` (e.g. today plus the notice the invitations need).
 * - Clash rule, chosen and documented: a person is never in two meetings whose times overlap on the
 *   same day (with the default slots 09:00 and 13:00 of two hours, one person can do a morning and
 *   an afternoon meeting — typical for the supervising official, who attends them all). A busy
 *   entry WITHOUT times blocks the person's whole day (a date is all we know); one with times
 *   blocks only the overlapping slots.
 * - At most `maxPerDay` proposed meetings per day (default 2) — the administration's capacity.
 * - Spread evenly: the i-th of N meetings (in a fixed order) aims at working day
 *   ⌊(i + ½)·W/N⌋ of the W working days in its window, and takes the nearest free day from there
 *   (later first, then earlier), and on that day the free slot least used so far, earliest first.
 * - Deterministic: obligations are ordered by organisation name, then id, so the same input — in
 *   any order — gives the same proposals. Obligations that cannot be placed are listed with a
 *   reason instead of being dropped silently.
 *
 * Not here: existing meetings (pass their people as busy entries), travel time, rooms.
 */
import {
  type ClockTime,
  clockTimeOf,
  isClockTime,
  minutesOfDay,
  timesOverlap,
} from '../calendar/clock-time.ts';
import { type WorkingDayOptions, workingDaysBetween } from '../calendar/working-days.ts';
import type { MeetingWindow } from '../governance-model/types.ts';
import type { Obligation } from '../obligations/types.ts';
import { compareDanish } from '../shared/danish-order.ts';
import { danishDate, type IsoDate, isIsoDate, isoDate } from '../shared/iso-date.ts';
import { lastDateOfMonth } from '../steering-year/calendar-month.ts';

/** domain.md §2 [practice]: meetings are held from September to December. */
export const DEFAULT_PLANNING_WINDOW: MeetingWindow = { fromMonth: 9, toMonth: 12 };
/** [practice] a morning and an afternoon meeting. */
export const DEFAULT_SLOTS: readonly ClockTime[] = ['09:00', '13:00'];
/** [practice] a dialogue meeting takes about two hours. */
export const DEFAULT_DURATION_MINUTES = 120;
export const DEFAULT_MAX_PER_DAY = 2;

export interface BusyEntry {
  personKey: string;
  date: IsoDate;
  /** Both set: busy in [startTime, endTime); otherwise busy all day. */
  startTime?: ClockTime | null;
  endTime?: ClockTime | null;
}

export interface ProposeMeetingDatesInput {
  /** Meeting obligations to plan; documentation packages are not meetings and are skipped. */
  obligations: readonly Obligation[];
  year: number;
  /** Overrides every obligation's own window. */
  window?: MeetingWindow | null;
  existingBusy?: readonly BusyEntry[];
  /** Person keys (meetings/participants.ts `participantKey`) per obligation id. */
  participantsByObligation?: Readonly<Record<string, readonly string[]>>;
  slots?: readonly ClockTime[];
  durationMinutes?: number;
  maxPerDay?: number;
  /** No proposals before this date (e.g. today + 3 weeks' notice). */
  notBefore?: IsoDate | null;
  workingDays?: WorkingDayOptions;
}

export interface ProposedMeeting {
  obligationId: string;
  date: IsoDate;
  startTime: ClockTime;
  endTime: ClockTime;
}

export interface UnplacedObligation {
  obligationId: string;
  /** Danish. */
  reason: string;
}

export interface MeetingDatePlan {
  proposals: ProposedMeeting[];
  unplaced: UnplacedObligation[];
}

interface Slot {
  start: ClockTime;
  end: ClockTime;
}

function slotsOf(input: ProposeMeetingDatesInput): Slot[] {
  const duration = input.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  if (!Number.isInteger(duration) || duration <= 0) {
    throw new RangeError(`Ugyldig mødelængde: ${duration} minutter`);
  }
  const starts = [...new Set(input.slots ?? DEFAULT_SLOTS)].sort();
  if (starts.length === 0) throw new RangeError('Angiv mindst ét mødetidspunkt');
  return starts.map((start) => {
    if (!isClockTime(start)) throw new RangeError(`Ugyldigt mødetidspunkt: "${start}" (forventet TT:MM)`);
    const end = clockTimeOf(minutesOfDay(start) + duration);
    if (end === null)
      throw new RangeError(`Et møde kl. ${start} på ${duration} minutter slutter efter midnat`);
    return { start, end };
  });
}

function windowKey(w: MeetingWindow): string {
  return `${String(w.fromMonth).padStart(2, '0')}-${String(w.toMonth).padStart(2, '0')}`;
}

function assertWindow(w: MeetingWindow): void {
  const ok =
    Number.isInteger(w.fromMonth) &&
    Number.isInteger(w.toMonth) &&
    w.fromMonth >= 1 &&
    w.toMonth <= 12 &&
    w.fromMonth <= w.toMonth;
  if (!ok) throw new RangeError(`Ugyldig periode: måned ${w.fromMonth}–${w.toMonth}`);
}

function compareObligations(a: Obligation, b: Obligation): number {
  const byName = compareDanish(a.organisation?.name ?? '', b.organisation?.name ?? '');
  if (byName !== 0) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** 0, +1, −1, +2, −2, … within [0, length). */
function* nearestFirst(target: number, length: number): Generator<number> {
  for (let d = 0; d < length; d++) {
    if (target + d < length) yield target + d;
    if (d > 0 && target - d >= 0) yield target - d;
  }
}

/** Proposed dates and times for the year's meetings; see the module comment for the rules. */
export function proposeMeetingDates(input: ProposeMeetingDatesInput): MeetingDatePlan {
  if (!Number.isInteger(input.year)) throw new RangeError(`Ugyldigt år: ${input.year}`);
  if (input.notBefore != null && !isIsoDate(input.notBefore)) {
    throw new RangeError(`Ugyldig dato: "${input.notBefore}"`);
  }
  const maxPerDay = input.maxPerDay ?? DEFAULT_MAX_PER_DAY;
  if (!Number.isInteger(maxPerDay) || maxPerDay < 1)
    throw new RangeError(`Ugyldigt antal møder pr. dag: ${maxPerDay}`);
  const slots = slotsOf(input);
  const people = input.participantsByObligation ?? {};
  const busy = input.existingBusy ?? [];

  const unique = [
    ...new Map(
      input.obligations.filter((o) => o.kind !== 'documentationPackage').map((o) => [o.id, o]),
    ).values(),
  ].sort(compareObligations);

  const groups = new Map<string, { window: MeetingWindow; obligations: Obligation[] }>();
  for (const o of unique) {
    const window = input.window ?? o.window ?? DEFAULT_PLANNING_WINDOW;
    assertWindow(window);
    const key = windowKey(window);
    const group = groups.get(key) ?? { window, obligations: [] };
    group.obligations.push(o);
    groups.set(key, group);
  }

  const proposals: ProposedMeeting[] = [];
  const unplaced: UnplacedObligation[] = [];
  const perDay = new Map<IsoDate, number>();

  const personFree = (person: string, date: IsoDate, slot: Slot): boolean =>
    !busy.some(
      (b) =>
        b.personKey === person &&
        b.date === date &&
        (b.startTime == null ||
          b.endTime == null ||
          timesOverlap(slot.start, slot.end, b.startTime, b.endTime)),
    ) &&
    !proposals.some(
      (p) =>
        p.date === date &&
        timesOverlap(slot.start, slot.end, p.startTime, p.endTime) &&
        (people[p.obligationId] ?? []).includes(person),
    );

  for (const key of [...groups.keys()].sort()) {
    const { window, obligations } = groups.get(key) as { window: MeetingWindow; obligations: Obligation[] };
    const windowStart = isoDate(input.year, window.fromMonth, 1);
    const from = input.notBefore && input.notBefore > windowStart ? input.notBefore : windowStart;
    const to = lastDateOfMonth(input.year, window.toMonth);
    const days = from <= to ? workingDaysBetween(from, to, input.workingDays) : [];
    obligations.forEach((o, i) => {
      if (days.length === 0) {
        unplaced.push({
          obligationId: o.id,
          reason: `Der er ingen arbejdsdage mellem ${danishDate(from)} og ${danishDate(to)}`,
        });
        return;
      }
      const target = Math.floor(((i + 0.5) * days.length) / obligations.length);
      const participants = [...new Set(people[o.id] ?? [])];
      for (const index of nearestFirst(target, days.length)) {
        const date = days[index] as IsoDate;
        if ((perDay.get(date) ?? 0) >= maxPerDay) continue;
        // The feasible slot least used that day (so two meetings without shared people still
        // take the morning and the afternoon), the earliest on a tie.
        const used = (s: Slot) =>
          proposals.filter((p) => p.date === date && timesOverlap(s.start, s.end, p.startTime, p.endTime))
            .length;
        const slot = slots
          .filter((s) => participants.every((person) => personFree(person, date, s)))
          .sort((a, b) => used(a) - used(b) || (a.start < b.start ? -1 : 1))[0];
        if (slot) {
          proposals.push({ obligationId: o.id, date, startTime: slot.start, endTime: slot.end });
          perDay.set(date, (perDay.get(date) ?? 0) + 1);
          return;
        }
      }
      unplaced.push({
        obligationId: o.id,
        reason: `Der er ingen ledig arbejdsdag mellem ${danishDate(from)} og ${danishDate(to)}, hvor alle deltagere kan`,
      });
    });
  }
  proposals.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.startTime !== b.startTime
        ? a.startTime < b.startTime
          ? -1
          : 1
        : a.obligationId < b.obligationId
          ? -1
          : 1,
  );
  return { proposals, unplaced };
}
