/**
 * The meeting lifecycle as an explicit state machine. `transition` is the only way a meeting's
 * status changes; every refusal is data with a Danish message that names the missing step.
 *
 *   from \ action   invite   markHeld  draftMinutes    approveMinutes        publish    cancel     reschedule  reopenMinutes
 *   planned         invited  held¹     –               –                     –          cancelled  planned     –
 *   invited         –        held      –               –                     –          cancelled  invited²    –
 *   held            –        –         minutesDrafted  –                     –          –          –           –
 *   minutesDrafted  –        –         minutesDrafted  minutesDrafted/       –          –          –           –
 *                                                      approved³
 *
 *   writeAssessment (one party's own assessment) behaves like draftMinutes; commentMinutes (a
 *   comment or a change request with its reason) is accepted in minutesDrafted and changes no
 *   status — both parties take part in the minutes (almenboligloven § 164, stk. 2).
 *   approved        –        –         –               –                     published  –          –           minutesDrafted⁴
 *   published       –        –         –               –                     –          –          –           minutesDrafted⁴
 *   cancelled       – (terminal)
 *
 * ¹ [practice] a meeting arranged outside the system (by phone, or before the system was used)
 *   can be recorded as held without an invitation; invitations are never sent for past dates.
 * ² the updated invitation is re-sent by the caller: the new agenda snapshot and the raised
 *   SEQUENCE make calendars replace the old event (RFC 5546 §2.1.4).
 * ³ approved once both parties have approved (almenboligloven § 164, stk. 2; domain.md §2) — or,
 *   for a theme meeting, once the municipality has (Norddjurs KB 15-11-2022, sag 22/8287;
 *   minutes-shape.ts), whose minutes hold its summary and no organisation writes an assessment.
 * ⁴ with a reason, as a new minutes version; the approved version is kept in minutesHistory.
 *
 * The published account therefore always rests on minutes approved by the approving parties: there is no
 * way into `published` except `publish` from `approved` (property-tested).
 *
 * Not here: who may do what (app/ checks access), e-mails and calendar files (calendar/ical.ts),
 * the store's `version` (bumped by the store).
 */
import { type ClockTime, isClockTime } from '../calendar/clock-time.ts';
import type { Party } from '../governance-model/types.ts';
import type { Finding } from '../shared/finding.ts';
import { danishDate, type IsoDate, isIsoDate } from '../shared/iso-date.ts';
import {
  ASSESSMENT_FIELD,
  editDraft,
  hasErrors,
  minutesContentFromMeeting,
  missingApprovals,
  nextVersion,
  partyList,
  requirementsFor,
  validateMinutesForApproval,
  withApproval,
} from './minutes.ts';
import { approversPhrase, minutesShape } from './minutes-shape.ts';
import { DIALOGUE_PARTY_NAMES, PARTY_LABELS } from './participants.ts';
import type {
  DialogueParty,
  Meeting,
  MeetingErrorCode,
  MeetingFailure,
  MeetingResult,
  MeetingStatus,
  MinutesContent,
} from './types.ts';

export type MeetingAction =
  | { type: 'invite' }
  | { type: 'markHeld' }
  | { type: 'draftMinutes'; content: MinutesContent; editor?: { party: DialogueParty; by: string } }
  | { type: 'writeAssessment'; party: DialogueParty; text: string; by: string }
  | { type: 'commentMinutes'; party: DialogueParty; by: string; text: string; requestsChange: boolean }
  | { type: 'approveMinutes'; party: DialogueParty; by: string }
  | { type: 'publish' }
  | { type: 'cancel'; reason: string }
  | { type: 'reschedule'; date: IsoDate; startTime: ClockTime; endTime: ClockTime; location?: string }
  | { type: 'reopenMinutes'; reason: string };

export type MeetingActionType = MeetingAction['type'];

export interface TransitionContext {
  /** The Danish calendar date (shared/copenhagen-date.ts). */
  today: IsoDate;
  /** ISO 8601 instant, recorded on approvals. */
  now: string;
  /**
   * The rule's required parties (MeetingRule.requiredParties); when given, `invite` refuses until
   * each party has at least one participant.
   */
  requiredParties?: readonly Party[];
}

/** Which actions each status accepts (the table above); for showing the right buttons. */
export const ALLOWED_ACTIONS: Readonly<Record<MeetingStatus, readonly MeetingActionType[]>> = {
  planned: ['invite', 'markHeld', 'cancel', 'reschedule'],
  invited: ['markHeld', 'cancel', 'reschedule'],
  held: ['draftMinutes', 'writeAssessment'],
  minutesDrafted: ['draftMinutes', 'writeAssessment', 'commentMinutes', 'approveMinutes'],
  approved: ['publish', 'reopenMinutes'],
  published: ['reopenMinutes'],
  cancelled: [],
};

export function allowedActions(meeting: Meeting): readonly MeetingActionType[] {
  return ALLOWED_ACTIONS[meeting.status];
}

/**
 * The agenda may change until the meeting is held; after that the minutes follow the agenda as
 * sent (`sentAgenda`). A changed agenda after the invitation is flagged (agendaChangedSinceSent).
 */
export function agendaEditable(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'planned' || meeting.status === 'invited';
}

const AFTER_HELD: readonly MeetingStatus[] = ['held', 'minutesDrafted', 'approved', 'published'];

function fail(code: MeetingErrorCode, message: string, findings: Finding[] = []): MeetingFailure {
  return {
    ok: false,
    code,
    message,
    findings: findings.length > 0 ? findings : [{ code: `meeting.${code}`, severity: 'error', message }],
  };
}

function refuse(message: string): MeetingFailure {
  return fail('invalidTransition', message);
}

function blank(text: string): boolean {
  return text.trim() === '';
}

/** The Danish refusal for an action the current status does not accept. */
function wrongState(meeting: Meeting, action: MeetingAction): MeetingFailure {
  const s = meeting.status;
  if (s === 'cancelled') return refuse('Mødet er aflyst og kan ikke ændres');
  switch (action.type) {
    case 'invite':
      return refuse(
        s === 'invited'
          ? 'Der er allerede sendt indkaldelse til mødet; flyt mødet for at sende en opdateret indkaldelse'
          : 'Mødet er allerede afholdt; der kan ikke sendes indkaldelse',
      );
    case 'markHeld':
      return refuse('Mødet er allerede markeret som afholdt');
    case 'draftMinutes':
      return refuse(
        s === 'approved' || s === 'published'
          ? 'Referatet er godkendt og låst; genåbn referatet med en begrundelse for at ændre det'
          : 'Der kan ikke skrives referat, før mødet er markeret som afholdt',
      );
    case 'writeAssessment':
      return refuse(
        s === 'approved' || s === 'published'
          ? 'Referatet er godkendt og låst; vurderingen kan kun ændres, hvis referatet genåbnes'
          : 'Vurderingen kan først skrives, når mødet er markeret som afholdt',
      );
    case 'commentMinutes':
      return refuse(
        s === 'approved' || s === 'published'
          ? 'Referatet er godkendt og låst; det kan ikke længere kommenteres'
          : 'Der er endnu ikke et udkast til referat at kommentere',
      );
    case 'approveMinutes':
      if (s === 'approved' || s === 'published')
        return refuse(`Referatet er allerede godkendt af ${approversPhrase(minutesShape(meeting))}`);
      if (s === 'held')
        return refuse('Referatet kan ikke godkendes, før der er skrevet et udkast til referat');
      return refuse('Referatet kan ikke godkendes, før mødet er afholdt og der er skrevet et referat');
    case 'publish': {
      if (s === 'published') return refuse('Redegørelsen er allerede offentliggjort');
      const shape = minutesShape(meeting);
      const who = approversPhrase(shape);
      if (s === 'minutesDrafted' && meeting.minutes) {
        return refuse(
          `Mødet kan ikke offentliggøres, før referatet er godkendt af ${who} (mangler godkendelse fra ${partyList(missingApprovals(meeting.minutes, shape.approvingParties))})`,
        );
      }
      if (s === 'held') {
        return refuse(
          `Mødet kan ikke offentliggøres, før der er skrevet et referat, og det er godkendt af ${who}`,
        );
      }
      return refuse(`Mødet kan ikke offentliggøres, før det er afholdt, og referatet er godkendt af ${who}`);
    }
    case 'cancel':
      return refuse('Mødet er afholdt og kan ikke aflyses');
    case 'reschedule':
      return refuse('Mødet er afholdt og kan ikke flyttes');
    case 'reopenMinutes':
      return refuse('Kun et referat, der er godkendt af begge parter, kan genåbnes');
  }
}

function invite(meeting: Meeting, context: TransitionContext): MeetingResult {
  const missing: string[] = [];
  if (meeting.date === null) missing.push('der er valgt en dato');
  if (meeting.startTime === null || meeting.endTime === null)
    missing.push('der er valgt start- og sluttidspunkt');
  if (meeting.agenda.length === 0) missing.push('dagsordenen har mindst ét punkt');
  if (meeting.participants.length === 0) missing.push('der er tilføjet deltagere');
  for (const party of context.requiredParties ?? []) {
    // The rule's required parties (e.g. almenboligloven § 164, stk. 2: administration and organisation).
    if (meeting.participants.length > 0 && !meeting.participants.some((p) => p.party === party)) {
      missing.push(`der er tilføjet deltagere fra ${PARTY_LABELS[party].toLowerCase()}`);
    }
  }
  if (missing.length > 0) {
    const findings = missing.map(
      (m): Finding => ({
        code: 'meeting.inviteIncomplete',
        severity: 'error',
        message: `Mødet kan ikke indkaldes, før ${m}`,
      }),
    );
    return fail('invalidInput', `Mødet kan ikke indkaldes, før ${missing.join(', og ')}`, findings);
  }
  // [practice] invitations are for meetings ahead; a past meeting is recorded with markHeld.
  if (meeting.date !== null && meeting.date < context.today) {
    return fail(
      'invalidInput',
      `Mødedatoen ${danishDate(meeting.date)} er overstået; der kan ikke indkaldes til et møde i fortiden – marker det som afholdt i stedet`,
    );
  }
  return {
    ok: true,
    meeting: {
      ...meeting,
      status: 'invited',
      // "The agenda sent with the invitation is kept as sent."
      sentAgenda: structuredClone(meeting.agenda),
      invitedOn: context.today,
    },
  };
}

function markHeld(meeting: Meeting, context: TransitionContext): MeetingResult {
  if (meeting.date === null) {
    return fail('invalidInput', 'Mødet kan ikke markeres som afholdt, før der er angivet en dato');
  }
  if (meeting.date > context.today) {
    return fail(
      'invalidInput',
      `Mødet kan ikke markeres som afholdt før mødedagen (${danishDate(meeting.date)})`,
    );
  }
  return { ok: true, meeting: { ...meeting, status: 'held' } };
}

function approve(
  meeting: Meeting,
  action: Extract<MeetingAction, { type: 'approveMinutes' }>,
  context: TransitionContext,
): MeetingResult {
  const minutes = meeting.minutes;
  if (minutes === null)
    return refuse('Referatet kan ikke godkendes, før der er skrevet et udkast til referat');
  if (blank(action.by)) return fail('invalidInput', 'Angiv, hvem der godkender referatet');
  const shape = minutesShape(meeting);
  if (!shape.approvingParties.includes(action.party)) {
    // Norddjurs KB 15-11-2022, sag 22/8287: a theme meeting's minutes are the municipality's.
    return refuse(
      `Referatet godkendes af ${partyList(shape.approvingParties)} alene; ${DIALOGUE_PARTY_NAMES[action.party]} godkender det ikke`,
    );
  }
  const findings = validateMinutesForApproval(minutes, requirementsFor(meeting));
  if (hasErrors(findings)) {
    const errors = findings.filter((f) => f.severity === 'error');
    return fail(
      'incompleteMinutes',
      `Referatet kan ikke godkendes: ${errors.map((f) => f.message).join('; ')}`,
      errors,
    );
  }
  if (minutes.approvals.some((a) => a.party === action.party)) {
    const who = DIALOGUE_PARTY_NAMES[action.party];
    return refuse(`Referatet er allerede godkendt af ${who}`);
  }
  const approved = withApproval(
    minutes,
    { party: action.party, by: action.by.trim(), at: context.now },
    shape.approvingParties,
  );
  return {
    ok: true,
    meeting: { ...meeting, minutes: approved, status: approved.locked ? 'approved' : 'minutesDrafted' },
  };
}

/**
 * One party writes its own assessment (almenboligloven § 164, stk. 2: the minutes hold both
 * parties' assessment). The rest of the draft stays as it is; the first assessment written makes
 * the draft from the meeting (participants, agenda as sent).
 */
function writeAssessment(
  meeting: Meeting,
  action: Extract<MeetingAction, { type: 'writeAssessment' }>,
  context: TransitionContext,
): MeetingResult {
  if (blank(action.by)) return fail('invalidInput', 'Angiv, hvem der skriver vurderingen');
  if (minutesShape(meeting).form === 'summary') {
    // Norddjurs KB 15-11-2022, sag 22/8287: the theme meeting's minutes are the municipality's summary.
    return refuse(
      'Referatet af dette møde er kommunens sammenfatning; der skrives ingen vurderinger til det',
    );
  }
  const current = meeting.minutes ?? { ...minutesContentFromMeeting(meeting) };
  const content: MinutesContent = {
    ...contentOfDraft(current),
    [ASSESSMENT_FIELD[action.party]]: action.text,
  };
  return {
    ok: true,
    meeting: {
      ...meeting,
      minutes: editDraft(meeting.minutes, content, {
        party: action.party,
        by: action.by.trim(),
        at: context.now,
      }),
      status: 'minutesDrafted',
    },
  };
}

function contentOfDraft(m: MinutesContent): MinutesContent {
  return {
    participantsPresent: m.participantsPresent,
    apologies: m.apologies,
    minuteTaker: m.minuteTaker,
    items: m.items,
    organisationAssessment: m.organisationAssessment,
    municipalityAssessment: m.municipalityAssessment,
    summary: m.summary ?? '',
    agreements: m.agreements,
    noAgreements: m.noAgreements,
  };
}

/**
 * A comment on the draft, or a request for a change with its reason; either party may make one
 * and both see it. It changes no text and withdraws no approval.
 */
function commentMinutes(
  meeting: Meeting,
  action: Extract<MeetingAction, { type: 'commentMinutes' }>,
  context: TransitionContext,
): MeetingResult {
  const minutes = meeting.minutes;
  if (minutes === null) return refuse('Der er endnu ikke et udkast til referat at kommentere');
  if (blank(action.text)) {
    const message = action.requestsChange ? 'Skriv, hvad der skal ændres, og hvorfor' : 'Skriv en kommentar';
    return fail('invalidInput', message, [
      { code: 'minutes.commentMissing', severity: 'error', message, ref: 'text' },
    ]);
  }
  if (blank(action.by)) return fail('invalidInput', 'Angiv, hvem der kommenterer');
  const comments = minutes.comments ?? [];
  const comment = {
    id: `c${comments.length + 1}`,
    party: action.party,
    by: action.by.trim(),
    at: context.now,
    text: action.text.trim(),
    requestsChange: action.requestsChange,
  };
  return { ok: true, meeting: { ...meeting, minutes: { ...minutes, comments: [...comments, comment] } } };
}

function reschedule(
  meeting: Meeting,
  action: Extract<MeetingAction, { type: 'reschedule' }>,
  context: TransitionContext,
): MeetingResult {
  const problems: string[] = [];
  if (!isIsoDate(action.date)) problems.push('datoen er ugyldig');
  if (!isClockTime(action.startTime)) problems.push('starttidspunktet er ugyldigt (TT:MM)');
  if (!isClockTime(action.endTime)) problems.push('sluttidspunktet er ugyldigt (TT:MM)');
  else if (isClockTime(action.startTime) && action.endTime <= action.startTime) {
    problems.push('sluttidspunktet skal ligge efter starttidspunktet');
  }
  if (meeting.status === 'invited' && isIsoDate(action.date) && action.date < context.today) {
    problems.push('et indkaldt møde kan ikke flyttes til en dato i fortiden');
  }
  if (problems.length > 0) {
    return fail('invalidInput', `Mødet kan ikke flyttes: ${problems.join('; ')}`);
  }
  const location = action.location ?? meeting.location;
  const changed =
    action.date !== meeting.date ||
    action.startTime !== meeting.startTime ||
    action.endTime !== meeting.endTime ||
    location !== meeting.location;
  if (!changed) return { ok: true, meeting };
  return {
    ok: true,
    meeting: {
      ...meeting,
      date: action.date,
      startTime: action.startTime,
      endTime: action.endTime,
      location,
      // RFC 5545 §3.8.7.4: SEQUENCE rises when DTSTART, DTEND or LOCATION change, so calendars
      // replace the event instead of keeping the old one.
      sequence: meeting.sequence + 1,
      // ² the caller re-sends the invitation, with the current agenda.
      sentAgenda: meeting.status === 'invited' ? structuredClone(meeting.agenda) : meeting.sentAgenda,
    },
  };
}

/** Applies one action. Pure: the same meeting, action and context give the same result. */
export function transition(
  meeting: Meeting,
  action: MeetingAction,
  context: TransitionContext,
): MeetingResult {
  if (!ALLOWED_ACTIONS[meeting.status].includes(action.type)) return wrongState(meeting, action);
  switch (action.type) {
    case 'invite':
      return invite(meeting, context);
    case 'markHeld':
      return markHeld(meeting, context);
    case 'draftMinutes':
      return {
        ok: true,
        meeting: {
          ...meeting,
          minutes: editDraft(
            meeting.minutes,
            action.content,
            action.editor ? { ...action.editor, at: context.now } : undefined,
          ),
          status: 'minutesDrafted',
        },
      };
    case 'writeAssessment':
      return writeAssessment(meeting, action, context);
    case 'commentMinutes':
      return commentMinutes(meeting, action, context);
    case 'approveMinutes':
      return approve(meeting, action, context);
    case 'publish': {
      const minutes = meeting.minutes;
      // Defensive: `approved` implies locked minutes; refuse rather than publish anything else.
      if (minutes === null || !minutes.locked) {
        return refuse(
          `Mødet kan ikke offentliggøres, før referatet er godkendt af ${approversPhrase(minutesShape(meeting))}`,
        );
      }
      return {
        ok: true,
        meeting: {
          ...meeting,
          status: 'published',
          // compliance counts the first publication (assess-compliance.ts, rule 4).
          publishedOn: meeting.publishedOn ?? context.today,
          publications: [...meeting.publications, { minutesVersion: minutes.version, on: context.today }],
        },
      };
    }
    case 'cancel':
      if (blank(action.reason)) return fail('invalidInput', 'Angiv en begrundelse for aflysningen');
      return {
        ok: true,
        meeting: {
          ...meeting,
          status: 'cancelled',
          // RFC 5546 §2.1.4: a change of STATUS is a revision, so SEQUENCE rises with the CANCEL.
          sequence: meeting.sequence + 1,
          cancellation: { reason: action.reason.trim(), on: context.today },
        },
      };
    case 'reschedule':
      return reschedule(meeting, action, context);
    case 'reopenMinutes': {
      if (blank(action.reason)) {
        return fail('invalidInput', 'Angiv en begrundelse for at ændre det godkendte referat');
      }
      const minutes = meeting.minutes;
      if (minutes === null) return refuse('Der er intet referat at genåbne');
      return {
        ok: true,
        meeting: {
          ...meeting,
          status: 'minutesDrafted',
          minutesHistory: [...meeting.minutesHistory, minutes],
          minutes: nextVersion(minutes, action.reason),
        },
      };
    }
  }
}

/** True once the meeting has taken place (whatever happened to its minutes since). */
export function isHeld(meeting: Meeting): boolean {
  return AFTER_HELD.includes(meeting.status);
}

/**
 * True when the agenda was changed after the invitation went out — worth telling the user
 * ("Dagsordenen er ændret, siden indkaldelsen blev sendt").
 */
export function agendaChangedSinceSent(meeting: Meeting): boolean {
  return meeting.sentAgenda !== null && JSON.stringify(meeting.sentAgenda) !== JSON.stringify(meeting.agenda);
}
