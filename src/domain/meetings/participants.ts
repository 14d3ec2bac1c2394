/**
 * Participants: how one is identified across agendas, plans and busy lists, the Danish names of
 * the parties, and attendance.
 */
import type { Party } from '../governance-model/types.ts';
import type { Attendance, DialogueParty, Meeting, MeetingResult, Participant } from './types.ts';

export const PARTY_LABELS: Readonly<Record<Party, string>> = {
  administration: 'Forvaltningen',
  organisation: 'Boligorganisationen',
  councilMembers: 'Kommunalbestyrelsesmedlemmer',
  relevantUnits: 'Relevante enheder i forvaltningen',
};

/** The two approving parties, as named in messages ("… af boligorganisationen"). */
export const DIALOGUE_PARTY_NAMES: Readonly<Record<DialogueParty, string>> = {
  administration: 'kommunen',
  organisation: 'boligorganisationen',
};

/**
 * A stable key for a participant: `person:<id>` for registry people, else `email:<address>`, else
 * `name:<name>` (lower-cased, spaces collapsed). Agenda items are assigned by it and plan-year.ts
 * checks clashes by it, so a person keeps one key across meetings when they are in the registry.
 */
export function participantKey(p: Pick<Participant, 'personId' | 'email' | 'name'>): string {
  if (p.personId) return `person:${p.personId}`;
  if (p.email) return `email:${p.email.trim().toLowerCase()}`;
  return `name:${p.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/**
 * True while attendance is recorded on the participants: not cancelled and no minutes yet. Once
 * minutes exist, their lists of those present and apologies are the one record
 * (invitation-answers.ts), edited in the minutes.
 */
export function attendanceOpen(meeting: Pick<Meeting, 'status'> & { minutes?: unknown }): boolean {
  if (meeting.minutes !== undefined && meeting.minutes !== null) return false;
  return !(meeting.status === 'cancelled' || meeting.status === 'approved' || meeting.status === 'published');
}

/** Records who came and who sent apologies (afbud); only before the minutes are locked. */
export function recordAttendance(meeting: Meeting, key: string, attendance: Attendance): MeetingResult {
  if (!attendanceOpen(meeting)) {
    return {
      ok: false,
      code: 'invalidTransition',
      message:
        meeting.status === 'cancelled'
          ? 'Mødet er aflyst; fremmøde kan ikke registreres'
          : meeting.minutes && !meeting.minutes.locked && meeting.status === 'minutesDrafted'
            ? 'Referatet er påbegyndt; ret fremmøde og afbud i referatet'
            : 'Referatet er godkendt; fremmøde kan ikke ændres',
      findings: [],
    };
  }
  if (!meeting.participants.some((p) => participantKey(p) === key)) {
    const message = 'Deltageren findes ikke på mødet';
    return {
      ok: false,
      code: 'invalidInput',
      message,
      findings: [{ code: 'participant.unknown', severity: 'error', message, ref: key }],
    };
  }
  return {
    ok: true,
    meeting: {
      ...meeting,
      participants: meeting.participants.map((p) => (participantKey(p) === key ? { ...p, attendance } : p)),
    },
  };
}
