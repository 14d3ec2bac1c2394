/**
 * What the viewer of one meeting may do, derived from the lifecycle (domain/meetings) and the
 * access rules (access.ts) — the one place that decides which forms the meeting page shows. The
 * page renders `can` and never re-derives a rule, so a form is shown exactly when its use case
 * would accept the step (apart from what the user types).
 *
 * Pure: the loading happens in getMeeting.
 */
import {
  agendaEditable,
  allowedActions,
  attendanceOpen,
  type DialogueParty,
  type Meeting,
  minutesShape,
  missingApprovals,
  participantsEditable,
  partyMayRequest,
  type RequestRules,
  requestsOpen,
  transition,
} from '../../domain/meetings/index.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';

export interface MeetingViewer {
  /** Admin or case officer of the meeting's municipality: the administration's side. */
  planner: boolean;
  /** An organisation user of the meeting's own organisation: the organisation's side. */
  organisationParty: boolean;
}

export interface MeetingAbilities {
  invite: boolean;
  markHeld: boolean;
  publish: boolean;
  reschedule: boolean;
  cancel: boolean;
  editAgenda: boolean;
  recordAttendance: boolean;
  /** Add and remove participants (the administration convenes: add-participant.ts). */
  editParticipants: boolean;
  /** Register a deputy attending on a participant's behalf. */
  registerDeputy: boolean;
  editMinutes: boolean;
  /**
   * Write the organisation's own assessment (almenboligloven § 164, stk. 2): the organisation's
   * form. The administration writes its assessment in the minutes form (`editMinutes`).
   */
  writeAssessment: boolean;
  /** Comment on the draft minutes or ask for a change with a reason: either party. */
  comment: boolean;
  /** Reopen approved (or published) minutes as a new version with a reason: a correction. */
  reopenMinutes: boolean;
  /** Approve the minutes now, for `approvesFor`. */
  approve: boolean;
  /** Ask for an official to join (the model must let the viewer's party ask). */
  requestOfficial: boolean;
  /** Accept or decline pending requests. */
  decideRequests: boolean;
  /** The invitations sent (.ics files with participants' addresses): the administration only. */
  seeInvitations: boolean;
  /** The documentation package of the meeting's organisation and steering year. */
  openDocumentationPackage: boolean;
}

/** The party the viewer acts for in the dialogue, or null for readers (officials, council). */
export function viewerParty(viewer: MeetingViewer): DialogueParty | null {
  if (viewer.planner) return 'administration';
  if (viewer.organisationParty) return 'organisation';
  return null;
}

const tryStep = (meeting: Meeting, type: 'invite' | 'markHeld' | 'publish', today: IsoDate) =>
  transition(meeting, { type }, { today, now: `${today}T12:00:00Z` });

/**
 * True when a step without input would pass the lifecycle today: the status allows it and its
 * own conditions hold (no invitation for a past date, not held before the meeting day). Asks the
 * state machine itself rather than repeating its rules.
 */
function stepPossible(meeting: Meeting, type: 'invite' | 'markHeld' | 'publish', today: IsoDate): boolean {
  return allowedActions(meeting).includes(type) && tryStep(meeting, type, today).ok;
}

/**
 * Why the administration cannot send the invitation yet (no date, no agenda, a past date …), in
 * the lifecycle's own Danish words; empty when it can, or when inviting is not the next step.
 */
export function invitationHints(meeting: Meeting, viewer: MeetingViewer, today: IsoDate): string[] {
  if (!viewer.planner || !allowedActions(meeting).includes('invite')) return [];
  const result = tryStep(meeting, 'invite', today);
  return result.ok ? [] : [result.message];
}

export function meetingAbilities(
  meeting: Meeting,
  viewer: MeetingViewer,
  rules: RequestRules,
  today: IsoDate,
): MeetingAbilities {
  const steps = allowedActions(meeting);
  const planner = viewer.planner;
  const party = viewerParty(viewer);
  // Who writes and approves which minutes (a theme meeting: the municipality alone, minutes-shape.ts).
  const shape = minutesShape(meeting);
  const pendingApprovals = meeting.minutes ? missingApprovals(meeting.minutes, shape.approvingParties) : [];
  const approve =
    meeting.status === 'minutesDrafted' &&
    meeting.minutes !== null &&
    party !== null &&
    pendingApprovals.includes(party);
  return {
    invite: planner && stepPossible(meeting, 'invite', today),
    markHeld: planner && stepPossible(meeting, 'markHeld', today),
    publish: planner && stepPossible(meeting, 'publish', today),
    reschedule: planner && steps.includes('reschedule'),
    cancel: planner && steps.includes('cancel'),
    editAgenda: planner && agendaEditable(meeting),
    recordAttendance: planner && attendanceOpen(meeting) && meeting.participants.length > 0,
    editParticipants: planner && participantsEditable(meeting),
    registerDeputy: planner && attendanceOpen(meeting) && meeting.participants.length > 0,
    editMinutes: planner && steps.includes('draftMinutes'),
    writeAssessment:
      party === 'organisation' && shape.organisationWrites && steps.includes('writeAssessment'),
    comment: party !== null && meeting.minutes !== null && steps.includes('commentMinutes'),
    reopenMinutes: planner && steps.includes('reopenMinutes'),
    approve,
    requestOfficial:
      meeting.kind === 'dialogueMeeting' &&
      requestsOpen(meeting) &&
      party !== null &&
      partyMayRequest(party, rules),
    decideRequests:
      planner && requestsOpen(meeting) && meeting.officialRequests.some((r) => r.status === 'requested'),
    seeInvitations: planner,
    openDocumentationPackage:
      meeting.kind === 'dialogueMeeting' && meeting.organisationId !== null && party !== null,
  };
}
