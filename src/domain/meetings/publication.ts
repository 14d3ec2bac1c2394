/**
 * The published account (redegørelse) of a meeting, and the facts a meeting gives compliance.
 *
 * almenboligloven § 164, stk. 2: the council publishes an account of the dialogue on the
 * municipality's website; it contains at least minutes with both parties' assessment of the
 * organisation's activity and challenges and a short description of the agreements (domain.md §1).
 *
 * The account is one plain structure that the web page and the PDF both render, built from
 * minutes approved by both parties only. It carries NO personal contact data: e-mail addresses and
 * phone numbers are never copied from participants, and any typed into the free text are replaced
 * by "[kontaktoplysning fjernet]" (`contactDataFindings` lets the editor fix them first). Names and
 * roles of participants stay: the minutes list who took part (domain.md §3).
 *
 * Lateness is computed by the compliance module (assess-compliance.ts, rule 4) from the facts
 * given here, so the account page and the compliance overview can never disagree.
 */
import { assessCompliance } from '../compliance/assess-compliance.ts';
import type { Fact } from '../compliance/types.ts';
import type { Party } from '../governance-model/types.ts';
import type { Obligation } from '../obligations/types.ts';
import type { HousingOrganisation, Municipality, MunicipalityCode } from '../registry/types.ts';
import type { Finding } from '../shared/finding.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import { isHeld } from './lifecycle.ts';
import { type MinutesForm, minutesShape } from './minutes-shape.ts';
import { OBJECTIVE_AREA_LABELS, type ObjectiveArea } from './objective-areas.ts';
import { PARTY_LABELS } from './participants.ts';
import type {
  AssessmentAuthor,
  DialogueParty,
  Meeting,
  Minutes,
  MinutesAttendee,
  MinutesContent,
} from './types.ts';

export const ACCOUNT_LEGAL_BASIS = 'almenboligloven § 164, stk. 2';
export const CONTACT_DATA_REPLACEMENT = '[kontaktoplysning fjernet]';

/** RFC 5322 dot-atom addresses: the local part may hold !#$%&'*+/=?^_`{|}~ as well. */
const EMAIL = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * Danish phone numbers as people write them: with a +45/0045 prefix, as four pairs separated by
 * spaces ("12 34 56 78"), or as 8 digits after "tlf", "telefon" or "mobil". Deliberately NOT
 * removed: a bare run of 8 digits (a CVR number has 8 digits too, and it is public data) and
 * pairs joined by "." or "-" ("kl. 10.00-12.00" is a time, not a phone number).
 */
const PHONE =
  /(?:\+|00)45[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}(?!\d)|(?<!\d ?)\d{2} \d{2} \d{2} \d{2}(?! ?\d)|(?<=(?:tlf|telefon|mobil|mob)\.?:?\s*)\d{8}(?!\d)/giu;

/** Replaces e-mail addresses and phone numbers in free text. */
export function redactContactData(text: string): string {
  return text.replace(EMAIL, CONTACT_DATA_REPLACEMENT).replace(PHONE, CONTACT_DATA_REPLACEMENT);
}

function containsContactData(text: string): boolean {
  return redactContactData(text) !== text;
}

function minutesTexts(m: MinutesContent): { ref: string; text: string }[] {
  return [
    { ref: 'organisationAssessment', text: m.organisationAssessment },
    { ref: 'municipalityAssessment', text: m.municipalityAssessment },
    { ref: 'summary', text: m.summary ?? '' },
    { ref: 'minuteTaker', text: m.minuteTaker ?? '' },
    ...m.items.flatMap((item, i) => [
      { ref: `items[${i}].summary`, text: item.summary },
      { ref: `items[${i}].outcome`, text: item.outcome },
    ]),
    ...m.agreements.flatMap((a, i) => [
      { ref: `agreements[${i}].text`, text: a.text },
      { ref: `agreements[${i}].responsible`, text: a.responsible },
    ]),
    ...[...m.participantsPresent, ...m.apologies].flatMap((p, i) => [
      { ref: `participants[${i}]`, text: `${p.name} ${p.role}` },
    ]),
  ];
}

/** Warnings for every place where the minutes contain an e-mail address or a phone number. */
export function contactDataFindings(minutes: MinutesContent): Finding[] {
  return minutesTexts(minutes)
    .filter(({ text }) => containsContactData(text))
    .map(({ ref }) => ({
      code: 'account.contactData',
      severity: 'warning' as const,
      message:
        'Teksten indeholder en e-mailadresse eller et telefonnummer, som fjernes i den offentlige redegørelse',
      ref,
    }));
}

export interface AccountPerson {
  name: string;
  role: string;
}

export interface AccountPartyGroup {
  party: Party;
  label: string;
  people: AccountPerson[];
}

export interface AccountItem {
  agendaItemId: string;
  title: string;
  summary: string;
  outcome: string;
}

export interface AccountAgreement {
  text: string;
  objectiveArea: ObjectiveArea;
  objectiveAreaLabel: string;
  deadline: IsoDate | null;
  responsible: string;
}

export interface AccountApproval {
  party: DialogueParty;
  label: string;
  by: string;
  /** ISO 8601 instant. */
  at: string;
}

/** Who wrote one party's assessment (name and the party they wrote for); no contact data. */
export interface AccountAuthor {
  by: string;
  party: DialogueParty;
  label: string;
}

export interface PublishedAccount {
  meetingId: string;
  title: string;
  kind: string;
  municipality: { code: MunicipalityCode; name: string };
  organisation: { id: string; name: string; cvr: string } | null;
  heldOn: IsoDate | null;
  /** First publication; null in a preview of a not yet published account. */
  publishedOn: IsoDate | null;
  legalBasis: string;
  minutesVersion: number;
  /** Why this version replaced an earlier approved one. */
  changeReason: string | null;
  participantsPresent: AccountPartyGroup[];
  apologies: AccountPartyGroup[];
  minuteTaker: string | null;
  items: AccountItem[];
  /**
   * `summary`: a theme meeting's account shows the municipality's summary and who took part
   * instead of two assessments (Norddjurs KB 15-11-2022, sag 22/8287; minutes-shape.ts). Absent
   * in versions published before the theme meeting had its own minutes (= `assessments`).
   */
  minutesForm?: MinutesForm;
  /** The municipality's summary; empty unless `minutesForm` is `summary`. */
  summary?: string;
  organisationAssessment: string;
  municipalityAssessment: string;
  /**
   * Who wrote each assessment (almenboligloven § 164, stk. 2: each party's own assessment).
   * Absent in versions published before authorship was kept.
   */
  assessmentAuthors?: { organisation: AccountAuthor | null; administration: AccountAuthor | null };
  agreements: AccountAgreement[];
  /** True when the parties chose "Ingen aftaler". */
  noAgreements: boolean;
  approvals: AccountApproval[];
  /** Path of the public page, e.g. `/redegoerelser/707/m-1`. */
  path: string;
}

/** Where a meeting's account is published: under the municipality's public accounts page. */
export function publicAccountPath(meeting: Pick<Meeting, 'id' | 'municipality'>): string {
  return `/redegoerelser/${encodeURIComponent(meeting.municipality)}/${encodeURIComponent(meeting.id)}`;
}

/**
 * The minutes a new publication would show: the current minutes, and only when both parties have
 * approved them (locked). Nothing else is ever published: reopened minutes, even once approved
 * again, reach the public only through the `publish` step, as a new published version
 * (`nextPublishedVersion`). What the public sees is the stored versions, never this.
 */
export function approvedMinutes(meeting: Meeting): Minutes | null {
  return meeting.minutes?.locked ? meeting.minutes : null;
}

/**
 * One publication of an account, stored as it was published and never changed afterwards
 * (almenboligloven § 164, stk. 2 asks for the account to be published; a correction is a new
 * publication, and what was published before stays reachable).
 */
export interface PublishedAccountVersion {
  /** 1 for the first publication, then 2, 3, … */
  version: number;
  /** The day this version was published. */
  publishedOn: IsoDate;
  /** For a version after the first: why and when the account was corrected. */
  correction: { reason: string; on: IsoDate } | null;
  account: PublishedAccount;
}

/** What the public index and the version links need of a stored version. */
export type PublishedVersionSummary = Omit<PublishedAccountVersion, 'account'>;

/**
 * The version that publishing `meeting` (already transitioned to `published`) adds after the
 * `earlier` ones; null when its minutes are not approved by both parties. The correction reason
 * is the reason given when the minutes were reopened (lifecycle ⁴).
 */
export function nextPublishedVersion(
  meeting: Meeting,
  earlier: readonly PublishedVersionSummary[],
  organisation: Pick<HousingOrganisation, 'id' | 'name' | 'cvr'> | null,
  municipality: Pick<Municipality, 'code' | 'name'>,
  today: IsoDate,
  options: AccountOptions = {},
): PublishedAccountVersion | null {
  const account = publishedAccount(meeting, organisation, municipality, options);
  if (account === null) return null;
  const version = earlier.reduce((max, v) => Math.max(max, v.version), 0) + 1;
  return {
    version,
    publishedOn: today,
    correction:
      version === 1
        ? null
        : { reason: account.changeReason ?? 'Referatet er ændret og godkendt igen', on: today },
    account,
  };
}

/**
 * A published version taken down with a reason (issue 13, point 7). The version itself stays
 * stored; the public page says when and why it was withdrawn instead of showing it. A corrected
 * account is published as a new version (reopened minutes, approved again by both parties).
 */
export interface AccountWithdrawal {
  version: number;
  on: IsoDate;
  reason: string;
  /** The name of the person who withdrew it. */
  by: string;
}

export type WithdrawalResult =
  | { ok: true; withdrawal: AccountWithdrawal }
  | { ok: false; code: 'invalidTransition' | 'invalidInput'; message: string };

/**
 * Withdrawing the account now: the newest published version, with the reason. Refused when
 * nothing is published, when the newest version is already withdrawn, or without a reason —
 * the public is owed an explanation (almenboligloven § 164, stk. 2: the account is public).
 */
export function withdrawal(
  versions: readonly PublishedVersionSummary[],
  withdrawals: readonly Pick<AccountWithdrawal, 'version'>[],
  input: { reason: string; by: string; today: IsoDate },
): WithdrawalResult {
  const newest = versions.reduce<PublishedVersionSummary | null>(
    (max, v) => (max === null || v.version > max.version ? v : max),
    null,
  );
  if (newest === null) {
    return { ok: false, code: 'invalidTransition', message: 'Redegørelsen er ikke offentliggjort' };
  }
  if (withdrawals.some((w) => w.version === newest.version)) {
    return { ok: false, code: 'invalidTransition', message: 'Redegørelsen er allerede trukket tilbage' };
  }
  if (input.reason.trim() === '') {
    return {
      ok: false,
      code: 'invalidInput',
      message: 'Angiv en begrundelse for at trække redegørelsen tilbage',
    };
  }
  return {
    ok: true,
    withdrawal: { version: newest.version, on: input.today, reason: input.reason.trim(), by: input.by },
  };
}

/** Path of one stored version of an account, e.g. `/redegoerelser/707/m-1/version/1`. */
export function publishedVersionPath(account: Pick<PublishedAccount, 'path'>, version: number): string {
  return `${account.path}/version/${version}`;
}

function accountAuthor(author: AssessmentAuthor | undefined): AccountAuthor | null {
  return author
    ? { by: redactContactData(author.by), party: author.party, label: PARTY_LABELS[author.party] }
    : null;
}

const PARTY_ORDER: readonly Party[] = ['organisation', 'administration', 'relevantUnits', 'councilMembers'];

function groupByParty(people: readonly MinutesAttendee[]): AccountPartyGroup[] {
  return PARTY_ORDER.map((party) => ({
    party,
    label: PARTY_LABELS[party],
    people: people
      .filter((p) => p.party === party)
      .map((p) => ({ name: redactContactData(p.name), role: redactContactData(p.role) })),
  })).filter((g) => g.people.length > 0);
}

export interface AccountOptions {
  /**
   * The basis a summary account names: the governance model rule's (e.g. "Norddjurs KB
   * 15-11-2022, sag 22/8287, pkt. 1"). A dialogue meeting's account always names
   * almenboligloven § 164, stk. 2.
   */
  basis?: string | null;
}

/** The basis a summary account names when the caller knows none. */
export const SUMMARY_ACCOUNT_BASIS = 'Kommunalbestyrelsens styringsmodel';

/**
 * The account of `meeting` as publishing it now would show it, or null when its current minutes
 * are not approved by the approving parties. `organisation` is null for joint and political meetings.
 * A theme meeting's account holds the summary and who took part, not two assessments or agreements.
 */
export function publishedAccount(
  meeting: Meeting,
  organisation: Pick<HousingOrganisation, 'id' | 'name' | 'cvr'> | null,
  municipality: Pick<Municipality, 'code' | 'name'>,
  options: AccountOptions = {},
): PublishedAccount | null {
  const minutes = approvedMinutes(meeting);
  if (minutes === null) return null;
  const summaryForm = minutesShape(meeting).form === 'summary';
  const titles = new Map([...(meeting.sentAgenda ?? []), ...meeting.agenda].map((i) => [i.id, i.title]));
  const r = redactContactData;
  return {
    meetingId: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    municipality: { code: municipality.code, name: municipality.name },
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, cvr: organisation.cvr }
      : null,
    heldOn: meeting.date,
    publishedOn: meeting.publishedOn,
    legalBasis: summaryForm ? options.basis?.trim() || SUMMARY_ACCOUNT_BASIS : ACCOUNT_LEGAL_BASIS,
    minutesVersion: minutes.version,
    changeReason: minutes.changeReason === null ? null : r(minutes.changeReason),
    participantsPresent: groupByParty(minutes.participantsPresent),
    apologies: groupByParty(minutes.apologies),
    minuteTaker: minutes.minuteTaker === null ? null : r(minutes.minuteTaker),
    items: minutes.items.map((item) => ({
      agendaItemId: item.agendaItemId,
      title: titles.get(item.agendaItemId) ?? '',
      summary: r(item.summary),
      outcome: r(item.outcome),
    })),
    minutesForm: summaryForm ? 'summary' : 'assessments',
    summary: summaryForm ? r(minutes.summary ?? '') : '',
    // A summary account has no assessments, even if a draft once held text in their fields.
    organisationAssessment: summaryForm ? '' : r(minutes.organisationAssessment),
    municipalityAssessment: summaryForm ? '' : r(minutes.municipalityAssessment),
    assessmentAuthors: summaryForm
      ? { organisation: null, administration: null }
      : {
          organisation: accountAuthor(minutes.assessmentAuthors?.organisation),
          administration: accountAuthor(minutes.assessmentAuthors?.administration),
        },
    agreements: minutes.agreements.map((a) => ({
      text: r(a.text),
      objectiveArea: a.objectiveArea,
      objectiveAreaLabel: OBJECTIVE_AREA_LABELS[a.objectiveArea] ?? a.objectiveArea,
      deadline: a.deadline,
      responsible: r(a.responsible),
    })),
    noAgreements: minutes.noAgreements,
    approvals: minutes.approvals.map((a) => ({
      party: a.party,
      label: PARTY_LABELS[a.party],
      by: r(a.by),
      at: a.at,
    })),
    path: publicAccountPath(meeting),
  };
}

/**
 * The facts a meeting gives each of its obligations (compliance/types.ts):
 * - `meetingHeld` once it has been held, dated the meeting day, ref = the meeting id;
 * - `accountPublished` once published, dated the first publication, ref = the public path.
 * Idempotent: record them by (obligationId, kind, ref) and call it after every transition.
 */
export function factsForMeeting(meeting: Meeting, path: string = publicAccountPath(meeting)): Fact[] {
  const out: Fact[] = [];
  for (const obligationId of meeting.obligationIds) {
    if (isHeld(meeting) && meeting.date !== null) {
      out.push({ obligationId, kind: 'meetingHeld', date: meeting.date, ref: meeting.id, note: null });
    }
    if (meeting.publishedOn !== null) {
      out.push({ obligationId, kind: 'accountPublished', date: meeting.publishedOn, ref: path, note: null });
    }
  }
  return out;
}

export interface AccountTimeliness {
  obligationId: string;
  /** Last day to publish on time (the rule's publishMinutes.withinDays, else the period's end). */
  dueBy: IsoDate;
  publishedOn: IsoDate | null;
  /** Published after dueBy, or not published and today is after dueBy. */
  late: boolean;
}

/**
 * Whether the account of `meeting` is (or was) published on time, per obligation that requires
 * an account — computed by the compliance rules from this meeting's facts alone.
 */
export function accountTimeliness(
  meeting: Meeting,
  obligations: readonly Obligation[],
  today: IsoDate,
): AccountTimeliness[] {
  const mine = obligations.filter((o) => meeting.obligationIds.includes(o.id));
  return assessCompliance({ obligations: mine, facts: factsForMeeting(meeting), today }).flatMap((a) =>
    a.account
      ? [
          {
            obligationId: a.obligationId,
            dueBy: a.account.dueBy,
            publishedOn: a.account.publishedOn,
            late: a.account.late,
          },
        ]
      : [],
  );
}
