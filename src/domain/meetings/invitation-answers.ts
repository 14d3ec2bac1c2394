/**
 * Answering an invitation (issue 13, point 2), and attendance as ONE record.
 *
 * A participant answers from the link in the invitation mail: attending ("accepted"), not
 * attending ("apology", afbud), or sending a deputy — the deputy joins the meeting on the same
 * side with the role "Stedfortræder for <name>", and the participant is recorded with an apology.
 * Answers are taken while the meeting is invited and not yet held (domain.md §3: the participants
 * and apologies are part of the minutes).
 *
 * One record: until minutes exist, a participant's `attendance` is the record (answers and the
 * case officer's registration write it; the first minutes draft is made from it —
 * minutesContentFromMeeting). Once minutes exist, their lists of those present and apologies are
 * the record, and `effectiveParticipants` shows the participant table from them, so the table, the
 * minutes and the published account cannot disagree.
 */
import { participantKey } from './participants.ts';
import type { Meeting, MeetingResult, Participant } from './types.ts';

export type InvitationAnswer =
  | { response: 'attending' }
  | { response: 'notAttending' }
  | { response: 'deputy'; deputyName: string };

export const DEPUTY_ROLE_PREFIX = 'Stedfortræder for ';

/** True while an invitation can be answered: invited, not cancelled, and the day not passed. */
export function answersOpen(meeting: Pick<Meeting, 'status' | 'date'>, today: string): boolean {
  return meeting.status === 'invited' && meeting.date !== null && meeting.date >= today;
}

function refusal(message: string, code: 'invalidTransition' | 'invalidInput', ref?: string): MeetingResult {
  return {
    ok: false,
    code,
    message,
    findings: [{ code: 'answer.refused', severity: 'error', message, ...(ref ? { ref } : {}) }],
  };
}

export function answerInvitation(
  meeting: Meeting,
  key: string,
  answer: InvitationAnswer,
  today: string,
): MeetingResult {
  if (!answersOpen(meeting, today)) {
    return refusal(
      meeting.status === 'cancelled'
        ? 'Mødet er aflyst; der er intet at svare på'
        : 'Mødet er afholdt eller lukket for svar; kontakt kommunen, hvis dit svar skal ændres',
      'invalidTransition',
    );
  }
  const participant = meeting.participants.find((p) => participantKey(p) === key);
  if (!participant) return refusal('Du står ikke længere på mødets deltagerliste', 'invalidTransition');
  const deputyRole = `${DEPUTY_ROLE_PREFIX}${participant.name}`;
  // A new answer replaces the previous one: an earlier deputy for this participant leaves.
  const others = meeting.participants.filter((p) => !(p.personId === null && p.role === deputyRole));
  const marked = (attendance: Participant['attendance']) =>
    others.map((p) => (participantKey(p) === key ? { ...p, attendance } : p));
  switch (answer.response) {
    case 'attending':
      return { ok: true, meeting: { ...meeting, participants: marked('accepted') } };
    case 'notAttending':
      return { ok: true, meeting: { ...meeting, participants: marked('apology') } };
    case 'deputy': {
      const name = answer.deputyName.replace(/\s+/g, ' ').trim();
      if (name === '') return refusal('Skriv stedfortræderens navn', 'invalidInput', 'deputyName');
      if (name.length > 200) return refusal('Navnet må højst være 200 tegn', 'invalidInput', 'deputyName');
      const deputy: Participant = {
        personId: null,
        name,
        email: null,
        party: participant.party,
        role: deputyRole,
        attendance: 'accepted',
      };
      const participants = marked('apology');
      const at = participants.findIndex((p) => participantKey(p) === key);
      return {
        ok: true,
        meeting: { ...meeting, participants: [...participants.slice(0, at + 1), deputy, ...participants.slice(at + 1)] },
      };
    }
  }
}

const sameAttendee = (p: Participant) => (a: { name: string; party: string }) =>
  a.name.trim().toLowerCase() === p.name.trim().toLowerCase() && a.party === p.party;

/** The participant table as the record has it: from the minutes once they exist (see above). */
export function effectiveParticipants(meeting: Pick<Meeting, 'participants' | 'minutes'>): Participant[] {
  const minutes = meeting.minutes;
  if (!minutes) return meeting.participants;
  return meeting.participants.map((p) => {
    if (minutes.apologies.some(sameAttendee(p))) return { ...p, attendance: 'apology' as const };
    if (minutes.participantsPresent.some(sameAttendee(p))) return { ...p, attendance: 'present' as const };
    return { ...p, attendance: null };
  });
}
