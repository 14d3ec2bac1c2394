/**
 * Requests that relevant officials join a meeting. Norddjurs KB 15-11-2022, sag 22/8287, pkt. 2:
 * "de lovpligtige årlige styringsdialogmøder kan suppleres med deltagelse af relevante embedsmænd
 * efter parternes behov" — either party may ask (the model's OptionalParticipants.mayRequest says
 * who). A request is accepted or declined; a decline must give a reason [practice: the other
 * party should understand why its need was not met].
 *
 * Not here: who decides for the municipality (app/ checks access), notifying the parties.
 */
import type { OptionalParticipants } from '../governance-model/types.ts';
import type { Finding } from '../shared/finding.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import { DIALOGUE_PARTY_NAMES } from './participants.ts';
import type {
  DialogueParty,
  Meeting,
  MeetingFailure,
  MeetingResult,
  OfficialRequest,
  Participant,
} from './types.ts';

export interface OfficialRequestInput {
  id: string;
  requestedBy: DialogueParty;
  unit: string;
  personId: string | null;
  reason: string;
}

export interface RequestRules {
  /**
   * The rule's optional participants (MeetingRule.optionalParticipants). When given, only the
   * parties listed in some `mayRequest` may ask; an empty list means the model allows no extra
   * officials (e.g. the Norddjurs 2011 model).
   */
  optionalParticipants?: readonly OptionalParticipants[];
}

function invalid(message: string, ref?: string): MeetingFailure {
  const finding: Finding = { code: 'officialRequest.invalid', severity: 'error', message };
  if (ref !== undefined) finding.ref = ref;
  return { ok: false, code: 'invalidInput', message, findings: [finding] };
}

function closed(meeting: Meeting): MeetingFailure | null {
  if (meeting.status === 'planned' || meeting.status === 'invited') return null;
  const message =
    meeting.status === 'cancelled'
      ? 'Mødet er aflyst; der kan ikke anmodes om deltagere'
      : 'Mødet er afholdt; anmodninger om deltagere kan ikke længere ændres';
  return {
    ok: false,
    code: 'invalidTransition',
    message,
    findings: [{ code: 'meeting.invalidTransition', severity: 'error', message }],
  };
}

/** True while requests may be made or decided: before the meeting is held or cancelled. */
export function requestsOpen(meeting: Meeting): boolean {
  return closed(meeting) === null;
}

/**
 * True when the model lets `party` ask for officials (Norddjurs KB 15-11-2022, sag 22/8287:
 * "efter parternes behov"; OptionalParticipants.mayRequest). Without rules nothing forbids it.
 */
export function partyMayRequest(party: DialogueParty, rules: RequestRules = {}): boolean {
  if (rules.optionalParticipants === undefined) return true;
  return rules.optionalParticipants.some((o) => o.mayRequest.includes(party));
}

/** Adds a request in status `requested`. */
export function requestOfficial(
  meeting: Meeting,
  input: OfficialRequestInput,
  rules: RequestRules = {},
): MeetingResult {
  const notOpen = closed(meeting);
  if (notOpen) return notOpen;
  if (input.unit.trim() === '') return invalid('Angiv hvilken enhed embedsmanden kommer fra', 'unit');
  if (input.reason.trim() === '') return invalid('Angiv hvorfor embedsmanden skal deltage', 'reason');
  if (meeting.officialRequests.some((r) => r.id === input.id))
    return invalid('Anmodningen findes allerede', 'id');
  if (rules.optionalParticipants !== undefined) {
    // Norddjurs KB 15-11-2022, sag 22/8287: "efter parternes behov" — the model says who may ask.
    if (!partyMayRequest(input.requestedBy, rules)) {
      return invalid(
        rules.optionalParticipants.length === 0
          ? 'Styringsmodellen giver ikke mulighed for at supplere mødet med embedsmænd'
          : `Efter styringsmodellen kan ${DIALOGUE_PARTY_NAMES[input.requestedBy]} ikke anmode om deltagelse af embedsmænd`,
        'requestedBy',
      );
    }
  }
  const request: OfficialRequest = {
    id: input.id,
    requestedBy: input.requestedBy,
    unit: input.unit.trim(),
    personId: input.personId,
    reason: input.reason.trim(),
    status: 'requested',
    decisionReason: null,
    decidedAt: null,
  };
  return { ok: true, meeting: { ...meeting, officialRequests: [...meeting.officialRequests, request] } };
}

export interface OfficialRequestDecision {
  decision: 'accepted' | 'declined';
  /** Required for a decline. */
  reason: string | null;
  today: IsoDate;
  /** For an acceptance: the official who will attend, added as a participant (party relevantUnits). */
  participant?: Pick<Participant, 'personId' | 'name' | 'email'> & { role?: string };
}

/** Accepts or declines a pending request; a decline without a reason is refused. */
export function decideOfficialRequest(
  meeting: Meeting,
  requestId: string,
  decision: OfficialRequestDecision,
): MeetingResult {
  const notOpen = closed(meeting);
  if (notOpen) return notOpen;
  const request = meeting.officialRequests.find((r) => r.id === requestId);
  if (!request) return invalid('Anmodningen findes ikke', requestId);
  if (request.status !== 'requested') {
    return invalid(
      `Anmodningen er allerede ${request.status === 'accepted' ? 'imødekommet' : 'afslået'}`,
      requestId,
    );
  }
  const reason = decision.reason?.trim() ?? '';
  if (decision.decision === 'declined' && reason === '') {
    return invalid('Angiv en begrundelse for at afslå anmodningen', 'decisionReason');
  }
  const decided: OfficialRequest = {
    ...request,
    status: decision.decision,
    decisionReason: reason === '' ? null : reason,
    decidedAt: decision.today,
  };
  const participants =
    decision.decision === 'accepted' && decision.participant
      ? [
          ...meeting.participants,
          {
            personId: decision.participant.personId,
            name: decision.participant.name,
            email: decision.participant.email,
            party: 'relevantUnits' as const,
            role: decision.participant.role ?? `Embedsmand, ${request.unit}`,
            attendance: 'invited' as const,
          },
        ]
      : meeting.participants;
  return {
    ok: true,
    meeting: {
      ...meeting,
      participants,
      officialRequests: meeting.officialRequests.map((r) => (r.id === requestId ? decided : r)),
    },
  };
}
