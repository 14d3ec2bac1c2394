/**
 * Minutes (referat): what they must contain before approval, approval by both parties, locking,
 * and new versions of approved minutes. The lifecycle (lifecycle.ts) decides WHEN these apply;
 * this module decides WHAT the minutes look like.
 *
 * Rules:
 * - The published account of the statutory dialogue contains both parties' assessment of the
 *   organisation's activity and challenges and a short description of the agreements, possibly
 *   none (almenboligloven § 164, stk. 2; domain.md §1). So a dialogue meeting's minutes cannot be
 *   approved without both assessments and without agreements or an explicit "Ingen aftaler".
 * - [practice] minutes name a minute-taker (domain.md §3: participants, apologies, minute-taker).
 * - [practice] approval by both parties locks the minutes (domain.md §2: "minutes approved by both
 *   parties"); a change after that is a new version with a reason, the old one kept.
 * - A theme meeting's minutes hold the municipality's summary instead of two assessments, make
 *   no agreements and are approved by the municipality alone (Norddjurs KB 15-11-2022, sag
 *   22/8287; minutes-shape.ts says which meeting has which minutes).
 */
import type { Finding } from '../shared/finding.ts';
import { isIsoDate } from '../shared/iso-date.ts';
import { type MinutesForm, minutesShape } from './minutes-shape.ts';
import { isObjectiveArea } from './objective-areas.ts';
import { DIALOGUE_PARTY_NAMES } from './participants.ts';
import type {
  Approval,
  DialogueParty,
  Meeting,
  Minutes,
  MinutesAttendee,
  MinutesComment,
  MinutesContent,
} from './types.ts';

/** Both must approve: the council's administration and the organisation (almenboligloven § 164, stk. 2). */
export const APPROVING_PARTIES: readonly DialogueParty[] = ['organisation', 'administration'];

export interface MinutesRequirements {
  /**
   * True when the minutes become the statutory published account and must hold both assessments
   * and the agreements (almenboligloven § 164, stk. 2). Default true; see `requirementsFor`.
   */
  statutoryAccount?: boolean;
  /**
   * `summary`: the municipality's summary instead of two assessments, and no agreements (a theme
   * meeting, Norddjurs KB 15-11-2022, sag 22/8287; minutes-shape.ts). Default `assessments`.
   */
  form?: MinutesForm;
}

/**
 * What a meeting's minutes must hold (minutes-shape.ts): only the yearly dialogue meeting is
 * statutory; a theme meeting or another joint meeting has the municipality's summary instead.
 */
export function requirementsFor(meeting: Pick<Meeting, 'kind' | 'organisationId'>): MinutesRequirements {
  const shape = minutesShape(meeting);
  return { statutoryAccount: shape.assessmentsRequired, form: shape.form };
}

function blank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

/**
 * Every missing or inconsistent part, in Danish. Errors block approval; warnings do not.
 * An empty list means the minutes can be approved.
 */
export function validateMinutesForApproval(
  minutes: MinutesContent,
  requirements: MinutesRequirements = {},
): Finding[] {
  const summaryForm = requirements.form === 'summary';
  const statutory = !summaryForm && (requirements.statutoryAccount ?? true);
  const out: Finding[] = [];
  const error = (code: string, message: string, ref: string) =>
    out.push({ code, severity: 'error', message, ref });
  const warning = (code: string, message: string, ref: string) =>
    out.push({ code, severity: 'warning', message, ref });

  if (statutory) {
    // almenboligloven § 164, stk. 2: both parties' assessment must appear in the account.
    if (blank(minutes.organisationAssessment)) {
      error(
        'minutes.organisationAssessmentMissing',
        'Boligorganisationens vurdering mangler',
        'organisationAssessment',
      );
    }
    if (blank(minutes.municipalityAssessment)) {
      error('minutes.municipalityAssessmentMissing', 'Kommunens vurdering mangler', 'municipalityAssessment');
    }
    // almenboligloven § 164, stk. 2: a short description of the agreements — "none" must be said.
    if (minutes.agreements.length === 0 && !minutes.noAgreements) {
      error('minutes.agreementsMissing', 'Angiv aftaler eller vælg »Ingen aftaler«', 'agreements');
    }
  }
  if (summaryForm) {
    // Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1: the theme meeting informs the council
    // members; the municipality writes what was said and what goes on to the dialogue meetings.
    if (blank(minutes.summary)) {
      error('minutes.summaryMissing', 'Referatet/sammenfatningen mangler', 'summary');
    }
    // No single organisation is a party, so nothing can be agreed for the register.
    if (minutes.agreements.length > 0) {
      error(
        'minutes.agreementsNotAllowed',
        'Et temamøde indgår ikke aftaler – skriv i sammenfatningen, hvad der går videre til dialogmøderne',
        'agreements',
      );
    }
  }
  if (minutes.agreements.length > 0 && minutes.noAgreements) {
    error(
      'minutes.agreementsContradict',
      'Der er både angivet aftaler og valgt »Ingen aftaler« – fjern aftalerne eller fravælg »Ingen aftaler«',
      'agreements',
    );
  }
  minutes.agreements.forEach((a, i) => {
    const ref = `agreements[${i}]`;
    const n = i + 1;
    if (blank(a.text)) error('minutes.agreementTextMissing', `Aftale ${n}: teksten mangler`, `${ref}.text`);
    // domain.md §3: agreements are tagged with a national objective area.
    if (!isObjectiveArea(a.objectiveArea)) {
      error(
        'minutes.agreementObjectiveAreaInvalid',
        `Aftale ${n}: vælg et målområde`,
        `${ref}.objectiveArea`,
      );
    }
    if (a.deadline !== null && !isIsoDate(a.deadline)) {
      error(
        'minutes.agreementDeadlineInvalid',
        `Aftale ${n}: fristen er ikke en gyldig dato`,
        `${ref}.deadline`,
      );
    }
    // [practice] an agreement without an owner is hard to follow up next year.
    if (blank(a.responsible)) {
      warning('minutes.agreementResponsibleMissing', `Aftale ${n}: ansvarlig mangler`, `${ref}.responsible`);
    }
  });
  // [practice] domain.md §3: minutes name the minute-taker.
  if (blank(minutes.minuteTaker)) error('minutes.minuteTakerMissing', 'Referent mangler', 'minuteTaker');
  // [practice] domain.md §3: minutes list the participants per party.
  if (minutes.participantsPresent.length === 0) {
    warning('minutes.participantsMissing', 'Der er ikke angivet deltagere', 'participantsPresent');
  }
  if (minutes.items.length === 0) warning('minutes.itemsMissing', 'Referatet har ingen punkter', 'items');
  return out;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** An empty draft. */
export function emptyMinutesContent(): MinutesContent {
  return {
    participantsPresent: [],
    apologies: [],
    minuteTaker: null,
    items: [],
    organisationAssessment: '',
    municipalityAssessment: '',
    summary: '',
    agreements: [],
    noAgreements: false,
  };
}

/**
 * A first draft from the meeting: participants marked present (or all not marked as apologising,
 * when attendance was not recorded), apologies, and one empty item per agenda item as sent.
 */
export function minutesContentFromMeeting(meeting: Meeting): MinutesContent {
  const attendee = (p: Meeting['participants'][number]): MinutesAttendee => ({
    name: p.name,
    party: p.party,
    role: p.role,
  });
  return {
    ...emptyMinutesContent(),
    participantsPresent: meeting.participants.filter((p) => p.attendance !== 'apology').map(attendee),
    apologies: meeting.participants.filter((p) => p.attendance === 'apology').map(attendee),
    items: (meeting.sentAgenda ?? meeting.agenda).map((item) => ({
      agendaItemId: item.id,
      summary: '',
      outcome: '',
    })),
  };
}

function contentOf(m: Minutes): MinutesContent {
  const {
    version: _v,
    approvals: _a,
    locked: _l,
    changeReason: _c,
    assessmentAuthors: _w,
    comments: _m,
    editedAt: _e,
    withdrawals: _x,
    ...content
  } = m;
  return content;
}

function sameContent(a: MinutesContent, b: MinutesContent): boolean {
  const canonical = (c: MinutesContent) =>
    JSON.stringify({
      participantsPresent: c.participantsPresent,
      apologies: c.apologies,
      minuteTaker: c.minuteTaker,
      items: c.items,
      organisationAssessment: c.organisationAssessment,
      municipalityAssessment: c.municipalityAssessment,
      // Minutes stored before the summary existed have none: the same as an empty one.
      summary: c.summary ?? '',
      agreements: c.agreements,
      noAgreements: c.noAgreements,
    });
  return canonical(a) === canonical(b);
}

/** Who makes an edit: the party they act for, their name and the instant. */
export interface MinutesEditor {
  party: DialogueParty;
  by: string;
  /** ISO 8601 instant. */
  at: string;
}

/** The assessment field each party writes (almenboligloven § 164, stk. 2: both parties' assessment). */
export const ASSESSMENT_FIELD: Readonly<
  Record<DialogueParty, 'organisationAssessment' | 'municipalityAssessment'>
> = { organisation: 'organisationAssessment', administration: 'municipalityAssessment' };

/**
 * The authors after an edit: an assessment whose text changed is now written by the editor;
 * unchanged ones keep their author. Without an editor (older callers) authorship is not touched.
 */
function authorsAfter(
  current: Minutes | null,
  content: MinutesContent,
  editor: MinutesEditor | undefined,
): Minutes['assessmentAuthors'] {
  const authors = { ...(current?.assessmentAuthors ?? {}) };
  if (!editor) return current?.assessmentAuthors;
  for (const party of APPROVING_PARTIES) {
    const field = ASSESSMENT_FIELD[party];
    const before = current?.[field] ?? '';
    if (content[field] !== before && !blank(content[field])) {
      authors[party] = { party: editor.party, by: editor.by, at: editor.at };
    } else if (blank(content[field])) {
      delete authors[party];
    }
  }
  return authors;
}

/**
 * The draft after an edit. Version 1 when there were no minutes; otherwise the same version.
 * [practice] An edit that changes the text withdraws approvals already given: a party approved
 * another text. Locked minutes are never edited here (the lifecycle refuses first). With an
 * `editor`, a changed assessment records who wrote it and the edit's instant is kept
 * (`editedAt`: a change request made before it counts as answered).
 */
export function editDraft(current: Minutes | null, content: MinutesContent, editor?: MinutesEditor): Minutes {
  const assessmentAuthors = authorsAfter(current, content, editor);
  const stamp = (m: Minutes): Minutes => ({
    ...m,
    ...(assessmentAuthors ? { assessmentAuthors } : {}),
    ...(editor ? { editedAt: editor.at } : {}),
  });
  if (current === null) {
    return stamp({ ...content, version: 1, approvals: [], locked: false, changeReason: null });
  }
  if (current.locked) throw new Error('editDraft called on locked minutes');
  if (sameContent(contentOf(current), content)) return current;
  const withdrawals =
    editor && current.approvals.length > 0
      ? [
          ...(current.withdrawals ?? []),
          ...current.approvals.map((approval) => ({
            approval,
            at: editor.at,
            editedBy: { party: editor.party, by: editor.by },
          })),
        ]
      : current.withdrawals;
  // An edit of the text answers every change request made before it.
  const comments = current.comments?.map((c) =>
    c.requestsChange && !c.answered ? { ...c, answered: true } : c,
  );
  return stamp({
    ...current,
    ...content,
    approvals: [],
    ...(withdrawals ? { withdrawals } : {}),
    ...(comments ? { comments } : {}),
  });
}

/**
 * The parties whose approval an edit withdrew (they approved a text that has now changed); the
 * caller tells those of them that did not make the edit (Norddjurs practice: each party approves
 * the text it has seen).
 */
export function withdrawnApprovals(before: Minutes | null, after: Minutes | null): Approval[] {
  if (before === null || after === null) return [];
  return before.approvals.filter((a) => !after.approvals.some((b) => b.party === a.party));
}

/**
 * Change requests not yet answered: not followed by an edit of the text. Each party may ask for
 * a change with a reason; an edit of the text answers every request made before it.
 */
export function openChangeRequests(minutes: Minutes): MinutesComment[] {
  return (minutes.comments ?? []).filter((c) => c.requestsChange && !c.answered);
}

/**
 * The approving parties (both by default; the municipality alone for a theme meeting,
 * minutes-shape.ts) that have not approved yet.
 */
export function missingApprovals(
  minutes: Minutes,
  parties: readonly DialogueParty[] = APPROVING_PARTIES,
): DialogueParty[] {
  return parties.filter((party) => !minutes.approvals.some((a) => a.party === party));
}

export function isApprovedByBoth(minutes: Minutes): boolean {
  return missingApprovals(minutes).length === 0;
}

/** Adds one party's approval; the minutes lock when every approving party has approved. */
export function withApproval(
  minutes: Minutes,
  approval: Approval,
  parties: readonly DialogueParty[] = APPROVING_PARTIES,
): Minutes {
  const approvals = [...minutes.approvals.filter((a) => a.party !== approval.party), approval];
  const next = { ...minutes, approvals };
  return { ...next, locked: missingApprovals(next, parties).length === 0 };
}

/**
 * A new, unlocked version of approved minutes: same content, no approvals, the reason recorded.
 * The caller keeps the old version (Meeting.minutesHistory).
 */
export function nextVersion(minutes: Minutes, reason: string): Minutes {
  return {
    ...minutes,
    version: minutes.version + 1,
    approvals: [],
    locked: false,
    changeReason: reason.trim(),
    // Comments belong to the version they were made on; the new version starts without any.
    comments: [],
    withdrawals: [],
  };
}

/** "kommunen og boligorganisationen" — for messages about missing approvals. */
export function partyList(parties: readonly DialogueParty[]): string {
  const names = parties.map((p) => DIALOGUE_PARTY_NAMES[p]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}
