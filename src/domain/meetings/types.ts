/**
 * The meeting cycle's domain types: a meeting (plan → invite → hold → minutes → approval →
 * publication), its participants, the officials either party asks to bring, its agenda and its
 * minutes. Names follow the glossary in domain.md §7.
 *
 * Not here: persistence (`version` is for the store's optimistic concurrency and is never
 * changed by domain functions — the store bumps it on every successful save), e-mail, clocks.
 */
import type { ClockTime } from '../calendar/clock-time.ts';
import type { MeetingKind, Party, RequestingParty } from '../governance-model/types.ts';
import type { MunicipalityCode } from '../registry/types.ts';
import type { Finding } from '../shared/finding.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import type { ObjectiveArea } from './objective-areas.ts';

export type { ClockTime } from '../calendar/clock-time.ts';

/**
 * planned → invited → held → minutesDrafted → approved → published; cancelled from planned or
 * invited only. See lifecycle.ts for the full table.
 */
export const MEETING_STATUSES = [
  'planned',
  'invited',
  'held',
  'minutesDrafted',
  'approved',
  'published',
  'cancelled',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * The two parties of the statutory dialogue (almenboligloven § 164, stk. 2: the council — acting
 * through its administration — and the organisation). They are the ones who approve the minutes
 * and who may ask for extra officials (Norddjurs KB 15-11-2022, sag 22/8287).
 */
export type DialogueParty = RequestingParty;

/** accepted: answered the invitation with "attending" (invitation-answers.ts); present: came. */
export type Attendance = 'invited' | 'accepted' | 'present' | 'apology';

export interface Participant {
  /** The registry person, when known; external guests may have none. */
  personId: string | null;
  name: string;
  /** Used for invitations only; never published (see publication.ts). */
  email: string | null;
  party: Party;
  /** Free text, e.g. "Direktør", "Boligkonsulent", "Formand". */
  role: string;
  attendance: Attendance | null;
}

export type OfficialRequestStatus = 'requested' | 'accepted' | 'declined';

/**
 * A request that a relevant official joins the meeting. Norddjurs KB 15-11-2022, sag 22/8287,
 * pkt. 2: "de lovpligtige årlige styringsdialogmøder kan suppleres med deltagelse af relevante
 * embedsmænd efter parternes behov" — either party may ask.
 */
export interface OfficialRequest {
  id: string;
  requestedBy: DialogueParty;
  /** The administrative unit, e.g. "Socialområdet", "Plan og Byg". */
  unit: string;
  /** A named official, when the requesting party has one in mind. */
  personId: string | null;
  reason: string;
  status: OfficialRequestStatus;
  /** Required when declined (official-requests.ts). */
  decisionReason: string | null;
  decidedAt: IsoDate | null;
}

export const AGENDA_ITEM_KINDS = [
  'followUp',
  'objectiveArea',
  'supervisionTheme',
  'organisationPoint',
  'other',
  'anyOtherBusiness',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export interface AgendaItem {
  /** Unique within the meeting's agenda (agenda-template.ts makes them deterministic). */
  id: string;
  title: string;
  description: string;
  kind: AgendaItemKind;
  /** The participant who presents it: a key made by `participantKey`. */
  assignedTo: string | null;
  /** Agreements the item follows up (follow-up items) or concerns. */
  agreementIds?: string[];
  /** The objective area an `objectiveArea` item covers. */
  objectiveArea?: ObjectiveArea;
}

export interface MinutesAttendee {
  name: string;
  party: Party;
  role: string;
}

export interface MinutesItem {
  agendaItemId: string;
  summary: string;
  outcome: string;
}

/** An agreement made at the meeting (aftale), tagged with a national objective area (domain.md §3). */
export interface MinutesAgreement {
  id: string;
  text: string;
  objectiveArea: ObjectiveArea;
  deadline: IsoDate | null;
  /** Who follows it up: a party, a unit or a named person (free text, no contact data). */
  responsible: string;
}

export interface Approval {
  party: DialogueParty;
  /** The approving person's name (shown in the account). */
  by: string;
  /** ISO 8601 instant. */
  at: string;
}

/** Who last wrote one party's assessment, and when (shown to both parties and in the account). */
export interface AssessmentAuthor {
  /** The party the writer acted for: the organisation writes its own assessment. */
  party: DialogueParty;
  by: string;
  /** ISO 8601 instant. */
  at: string;
}

/**
 * A party's comment on the draft minutes, or its request for a change with the reason
 * (`requestsChange`). Kept with the minutes version it was made on; shown to both parties.
 */
export interface MinutesComment {
  id: string;
  party: DialogueParty;
  by: string;
  /** ISO 8601 instant. */
  at: string;
  text: string;
  requestsChange: boolean;
  /** A change request is answered by the next edit of the text (minutes.ts `editDraft`). */
  answered?: boolean;
}

/** An approval withdrawn because the text changed after it was given, and by whose edit. */
export interface ApprovalWithdrawal {
  approval: Approval;
  /** ISO 8601 instant of the edit. */
  at: string;
  editedBy: { party: DialogueParty; by: string };
}

/**
 * The minutes (referat). The published account must at least contain both parties' assessment of
 * the organisation's activity and challenges and a short description of the agreements made,
 * possibly none (almenboligloven § 164, stk. 2, as summarised in domain.md §1).
 */
export interface Minutes {
  /** 1 for the first version; reopening approved minutes makes a new version (minutes.ts). */
  version: number;
  participantsPresent: MinutesAttendee[];
  apologies: MinutesAttendee[];
  minuteTaker: string | null;
  items: MinutesItem[];
  /** The organisation's own assessment of its activity and challenges. */
  organisationAssessment: string;
  /** The municipality's assessment of the organisation's activity and challenges. */
  municipalityAssessment: string;
  /**
   * The municipality's summary ("Referat/sammenfatning") of a meeting whose minutes have no
   * assessments: a theme meeting or another joint meeting (minutes-shape.ts). Absent in minutes
   * stored before it existed; empty in a dialogue meeting's minutes.
   */
  summary?: string;
  agreements: MinutesAgreement[];
  /** "Ingen aftaler" is an explicit choice, never the mere absence of agreements. */
  noAgreements: boolean;
  approvals: Approval[];
  /** True once both parties approved; locked minutes change only through a new version. */
  locked: boolean;
  /** Why this version replaced an approved one; null for version 1. */
  changeReason: string | null;
  /**
   * Who wrote each party's assessment (almenboligloven § 164, stk. 2: both parties' own
   * assessment). Absent in minutes stored before authorship was kept.
   */
  assessmentAuthors?: Partial<Record<DialogueParty, AssessmentAuthor>>;
  /** Comments and change requests on this version, oldest first. */
  comments?: MinutesComment[];
  /** ISO 8601 instant of the last change of the text (a change request made before it is answered). */
  editedAt?: string;
  /** Approvals withdrawn by later edits of this version, oldest first (shown to both parties). */
  withdrawals?: ApprovalWithdrawal[];
}

/** What a user edits in a draft; the rest (version, approvals, locking, authorship, comments) is the lifecycle's. */
export type MinutesContent = Omit<
  Minutes,
  | 'version'
  | 'approvals'
  | 'locked'
  | 'changeReason'
  | 'assessmentAuthors'
  | 'comments'
  | 'editedAt'
  | 'withdrawals'
>;

export interface Publication {
  minutesVersion: number;
  on: IsoDate;
}

export interface Cancellation {
  reason: string;
  on: IsoDate;
}

export interface Meeting {
  id: string;
  municipality: MunicipalityCode;
  /** A meeting belongs to one or more obligations (e.g. a joint meeting covering several). */
  obligationIds: string[];
  kind: MeetingKind;
  /** null for joint and political meetings. */
  organisationId: string | null;
  title: string;
  date: IsoDate | null;
  /** Danish local time (Europe/Copenhagen). */
  startTime: ClockTime | null;
  endTime: ClockTime | null;
  location: string;
  status: MeetingStatus;
  /** Optimistic concurrency: compared and bumped by the store, never by domain functions. */
  version: number;
  /** iCalendar SEQUENCE (RFC 5545 §3.8.7.4): raised by reschedule and cancel. */
  sequence: number;
  participants: Participant[];
  officialRequests: OfficialRequest[];
  agenda: AgendaItem[];
  /** The agenda exactly as sent with the (latest) invitation; null until invited. */
  sentAgenda: AgendaItem[] | null;
  invitedOn: IsoDate | null;
  minutes: Minutes | null;
  /** Superseded minutes versions, oldest first (kept: a published version must stay traceable). */
  minutesHistory: Minutes[];
  /** First publication of the account; kept when minutes are reopened and republished. */
  publishedOn: IsoDate | null;
  publications: Publication[];
  cancellation: Cancellation | null;
}

/** Result of a domain operation on a meeting; failures are data, never exceptions. */
export type MeetingResult = { ok: true; meeting: Meeting } | MeetingFailure;

export type MeetingErrorCode = 'invalidTransition' | 'incompleteMinutes' | 'invalidInput';

export interface MeetingFailure {
  ok: false;
  /** invalidTransition: wrong state for the action; incompleteMinutes / invalidInput: content. */
  code: MeetingErrorCode;
  /** Danish, safe to show, names the missing step or part. */
  message: string;
  /** Every problem found (the message sums them up). */
  findings: Finding[];
}
