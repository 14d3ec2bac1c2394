/**
 * Changing who takes part in a meeting (issue 13, point 3): the people who can be added (persons
 * of either party from the registry; officials grouped by their unit), adding and removing one,
 * and a deputy registered by the case officer on a participant's behalf.
 *
 * Who may do it is decided in app/ (the municipality convenes the meeting — almenboligloven
 * § 164, stk. 2 — so its case officer keeps the list; see add-participant.ts). What is sent to
 * whom is decided here as data (`sequence`), and app/ queues the mails.
 *
 * Not here: e-mail, the invitation's content (calendar/ical.ts), § 14 conflicts (registry).
 */
import type { Party } from '../governance-model/types.ts';
import type { Person, PersonRole } from '../registry/types.ts';
import { compareDanish } from '../shared/danish-order.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import { DEPUTY_ROLE_PREFIX } from './invitation-answers.ts';
import { attendanceOpen, PARTY_LABELS, participantKey } from './participants.ts';
import type { Meeting, MeetingFailure, MeetingResult, Participant } from './types.ts';

/** A registry person who can be added to a meeting, with the party and role they would have. */
export interface ParticipantCandidate {
  personId: string;
  name: string;
  email: string | null;
  party: Party;
  role: string;
  /** What the choice is grouped by: the official's unit, the organisation's name, or the council. */
  group: string;
}

/**
 * The registry names units briefly ("Vej og Ejendom"); the municipality's supervising unit may be
 * written longer ("Vej og Ejendom, tilsyn"). Either exact, or the longer name starts with the unit's.
 */
export function isSupervisingUnit(unit: string, supervisingUnit: string): boolean {
  const a = unit.trim().toLowerCase();
  const b = supervisingUnit.trim().toLowerCase();
  return a !== '' && (a === b || b.startsWith(`${a},`) || b.startsWith(`${a} `));
}

const active = (r: { from: IsoDate; to: IsoDate | null }, on: IsoDate) =>
  r.from <= on && (r.to === null || r.to >= on);

const ORGANISATION_ROLES: Partial<Record<PersonRole['kind'], string>> = {
  boardChair: 'Formand',
  boardViceChair: 'Næstformand',
  boardMember: 'Bestyrelsesmedlem',
  administratorStaff: 'Administration',
};

export const COUNCIL_GROUP = 'Kommunalbestyrelsen';

/**
 * Who can be added to `meeting` on `on`, one entry per person and choice, sorted by group and
 * name (Danish order):
 * 1. an official (active role) of any unit of the municipality — the supervising unit's as
 *    "Forvaltningen" (administration), others as "Relevante enheder" (Norddjurs KB 15-11-2022,
 *    sag 22/8287, pkt. 2: "relevante embedsmænd efter parternes behov");
 * 2. a board member, chair, vice chair or administrator staff of the meeting's organisation (of
 *    any organisation for a joint meeting) — the organisation's side (almenboligloven § 164);
 * 3. council members and the mayor, for meetings that are not dialogue meetings (theme meetings,
 *    dialogue forums: the council takes part there).
 * People already on the meeting are left out.
 */
export function participantCandidates(
  people: readonly Person[],
  meeting: Pick<Meeting, 'kind' | 'organisationId' | 'participants'>,
  context: { supervisingUnit: string; organisationNames: ReadonlyMap<string, string>; on: IsoDate },
): ParticipantCandidate[] {
  const present = new Set(meeting.participants.map(participantKey));
  const out: ParticipantCandidate[] = [];
  const add = (p: Person, party: Party, role: string, group: string) => {
    if (present.has(participantKey({ personId: p.id, email: p.email, name: p.name }))) return;
    if (out.some((c) => c.personId === p.id && c.group === group)) return;
    out.push({ personId: p.id, name: p.name, email: p.email, party, role, group });
  };
  for (const p of people) {
    for (const r of p.roles) {
      if (!active(r, context.on)) continue;
      if (r.kind === 'official') {
        const unit = r.unit.trim();
        add(
          p,
          isSupervisingUnit(unit, context.supervisingUnit) ? 'administration' : 'relevantUnits',
          `Embedsmand, ${unit}`,
          unit,
        );
      } else if ('organisationId' in r) {
        const label = ORGANISATION_ROLES[r.kind];
        const ownOrganisation =
          meeting.organisationId === null || r.organisationId === meeting.organisationId;
        const name = context.organisationNames.get(r.organisationId);
        if (label && ownOrganisation && name !== undefined) add(p, 'organisation', label, name);
      } else if (meeting.kind !== 'dialogueMeeting') {
        const role =
          r.kind === 'mayor'
            ? 'Borgmester'
            : `Kommunalbestyrelsesmedlem (${r.kind === 'councilMember' ? r.party : ''})`;
        add(p, 'councilMembers', role, COUNCIL_GROUP);
      }
    }
  }
  return out.sort((a, b) => compareDanish(a.group, b.group) || compareDanish(a.name, b.name));
}

/** True while the list of participants can change: planned or invited (not held, not cancelled). */
export function participantsEditable(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'planned' || meeting.status === 'invited';
}

function refused(code: 'invalidTransition' | 'invalidInput', message: string, ref?: string): MeetingFailure {
  return {
    ok: false,
    code,
    message,
    findings: [{ code: 'participants.refused', severity: 'error', message, ...(ref ? { ref } : {}) }],
  };
}

function closedFor(meeting: Meeting): MeetingFailure | null {
  if (participantsEditable(meeting)) return null;
  return refused(
    'invalidTransition',
    meeting.status === 'cancelled'
      ? 'Mødet er aflyst; deltagerne kan ikke ændres'
      : 'Mødet er afholdt; ret fremmøde og afbud i referatet',
  );
}

/** The last message a person got about this meeting (from the stored invitations). */
export interface EarlierMessage {
  method: 'REQUEST' | 'CANCEL';
  sequence: number;
}

/**
 * The SEQUENCE an added participant's invitation carries. As when an accepted official joins
 * (decide-official-request.ts), adding someone changes nothing for the others, so the meeting
 * keeps its SEQUENCE — except when this person was taken off and got a CANCEL at the current
 * SEQUENCE: a REQUEST must then be newer than that CANCEL, or the calendar ignores it
 * (RFC 5546 §2.1.4, §3.2.5).
 */
export function sequenceForAdded(meeting: Pick<Meeting, 'sequence'>, earlier: EarlierMessage | null): number {
  if (earlier?.method === 'CANCEL' && earlier.sequence >= meeting.sequence) return earlier.sequence + 1;
  return meeting.sequence;
}

/** Adds a registry person (a candidate) to the meeting, invited. */
export function addParticipant(
  meeting: Meeting,
  candidate: Pick<ParticipantCandidate, 'personId' | 'name' | 'email' | 'party' | 'role'>,
  earlier: EarlierMessage | null = null,
): MeetingResult {
  const closed = closedFor(meeting);
  if (closed) return closed;
  const key = participantKey(candidate);
  if (meeting.participants.some((p) => participantKey(p) === key)) {
    return refused('invalidInput', `${candidate.name} deltager allerede i mødet`, 'personId');
  }
  const participant: Participant = {
    personId: candidate.personId,
    name: candidate.name,
    email: candidate.email,
    party: candidate.party,
    role: candidate.role,
    attendance: 'invited',
  };
  return {
    ok: true,
    meeting: {
      ...meeting,
      sequence: meeting.status === 'invited' ? sequenceForAdded(meeting, earlier) : meeting.sequence,
      participants: [...meeting.participants, participant],
    },
  };
}

const deputyOf = (participant: Participant) => (p: Participant) =>
  p.personId === null && p.role === `${DEPUTY_ROLE_PREFIX}${participant.name}`;

/**
 * Takes a participant off the meeting, with their deputy, and unassigns their agenda items. A
 * dialogue meeting keeps at least one participant of each party: it is a dialogue between the
 * municipality and the organisation (almenboligloven § 164, stk. 2). When the meeting is
 * invited, its SEQUENCE is raised: the removed person gets a CANCEL, which must be newer than
 * the invitation they have (RFC 5546 §3.2.5).
 */
export function removeParticipant(
  meeting: Meeting,
  key: string,
): { ok: true; meeting: Meeting; removed: Participant } | MeetingFailure {
  const closed = closedFor(meeting);
  if (closed) return closed;
  const participant = meeting.participants.find((p) => participantKey(p) === key);
  if (!participant) return refused('invalidInput', 'Deltageren findes ikke på mødet', 'participant');
  const rest = meeting.participants.filter((p) => p !== participant && !deputyOf(participant)(p));
  if (meeting.kind === 'dialogueMeeting') {
    for (const party of ['administration', 'organisation'] as const) {
      const sameSide = (p: Participant) =>
        party === 'administration'
          ? p.party === 'administration' || p.party === 'relevantUnits'
          : p.party === party;
      if (meeting.participants.some(sameSide) && !rest.some(sameSide)) {
        return refused(
          'invalidInput',
          `${participant.name} er den sidste deltager fra ${party === 'administration' ? 'kommunen' : PARTY_LABELS.organisation.toLowerCase()}; tilføj en anden først`,
          'participant',
        );
      }
    }
  }
  return {
    ok: true,
    removed: participant,
    meeting: {
      ...meeting,
      sequence: meeting.status === 'invited' ? meeting.sequence + 1 : meeting.sequence,
      participants: rest,
      agenda: meeting.agenda.map((i) => (i.assignedTo === key ? { ...i, assignedTo: null } : i)),
    },
  };
}

/**
 * The case officer registers a deputy attending on a participant's behalf (the same record as a
 * deputy sent from the answer link, invitation-answers.ts): the deputy joins on the same side
 * with the role "Stedfortræder for <name>", the participant is recorded with an apology, and an
 * earlier deputy for the same participant leaves. Open while attendance is recorded on the
 * participants (before the minutes).
 */
export function registerDeputy(meeting: Meeting, key: string, deputyName: string): MeetingResult {
  if (meeting.status === 'cancelled')
    return refused('invalidTransition', 'Mødet er aflyst; der kan ikke registreres en stedfortræder');
  if (!attendanceOpen(meeting)) {
    return refused('invalidTransition', 'Referatet er påbegyndt; ret fremmøde og afbud i referatet');
  }
  const participant = meeting.participants.find((p) => participantKey(p) === key);
  if (!participant)
    return refused('invalidInput', 'Vælg den deltager, stedfortræderen kommer for', 'participant');
  if (participant.role.startsWith(DEPUTY_ROLE_PREFIX) && participant.personId === null) {
    return refused('invalidInput', `${participant.name} er selv stedfortræder`, 'participant');
  }
  const name = deputyName.replace(/\s+/g, ' ').trim();
  if (name === '') return refused('invalidInput', 'Skriv stedfortræderens navn', 'deputyName');
  if (name.length > 200) return refused('invalidInput', 'Navnet må højst være 200 tegn', 'deputyName');
  const deputy: Participant = {
    personId: null,
    name,
    email: null,
    party: participant.party,
    role: `${DEPUTY_ROLE_PREFIX}${participant.name}`,
    attendance: meeting.status === 'held' ? 'present' : 'accepted',
  };
  const others = meeting.participants.filter((p) => !deputyOf(participant)(p));
  const marked = others.map((p) => (p === participant ? { ...p, attendance: 'apology' as const } : p));
  const at = marked.findIndex((p) => participantKey(p) === key);
  return {
    ok: true,
    meeting: { ...meeting, participants: [...marked.slice(0, at + 1), deputy, ...marked.slice(at + 1)] },
  };
}
