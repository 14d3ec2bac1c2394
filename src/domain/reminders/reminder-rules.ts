/**
 * What is due for whom (issue 13, point 8): from a municipality's facts — its dialogue meetings,
 * documentation packages and agreements — and a date, the items each party must act on, and
 * per user the digest of the items that are theirs. Pure: callers pass `today` and the settings.
 *
 * The rules (numbered as in the tests):
 *  1. packageMissing — a planned or invited dialogue meeting within `packageDaysBefore` days
 *     (the meeting day included) whose documentation package for the meeting's steering year is
 *     not complete. The package is the basis of the meeting (almenboligloven § 164, stk. 3;
 *     domain.md §2). Both parties: the organisation sends it, the municipality chases it.
 *  2. minutesAwaitingApproval — minutes in draft that a party has not approved. Both parties
 *     approve the minutes (almenboligloven § 164, stk. 2: both parties' assessment; minutes.ts
 *     APPROVING_PARTIES); each party is reminded of its own approval only. A meeting without an
 *     organisation (theme meeting) reminds no organisation.
 *  3. accountNotPublished — a held dialogue meeting not yet published `accountDaysAfter` days or
 *     more after its date. The council publishes the account of the dialogue (almenboligloven
 *     § 164, stk. 2); the law names no number of days, so N is a municipal setting
 *     (reminder-settings.ts). The municipality only: publishing is the council's duty.
 *  4. agreementDue — an open agreement whose deadline is at most `agreementDaysAhead` days away
 *     or has passed (follow-up of agreements, domain.md §2 [practice]; agreements/follow-up.ts).
 *     Both parties: the agreement is followed up together.
 *
 * Who is "the municipality": its case officers — its administrators only when it has none (as
 * the minutes notices do, app/meetings/minutes-notices.ts). "The organisation": users with an
 * organisation grant for exactly that organisation (access denied by default).
 * A user who switched reminders off, or is deactivated, gets no digest; an empty digest is no mail.
 */
import type { MeetingKind } from '../governance-model/types.ts';
import type { DialogueParty, MeetingStatus } from '../meetings/types.ts';
import { compareDanish } from '../shared/danish-order.ts';
import { addDays, type IsoDate } from '../shared/iso-date.ts';
import type { ReminderSettings } from './reminder-settings.ts';

export interface ReminderMeeting {
  id: string;
  title: string;
  kind: MeetingKind;
  organisationId: string | null;
  date: IsoDate | null;
  status: MeetingStatus;
  steeringYear: number;
  /** The parties whose approval of the current minutes is missing (minutes.ts missingApprovals). */
  missingApprovals: readonly DialogueParty[];
}

export interface ReminderPackage {
  organisationId: string;
  steeringYear: number;
  /** Every required document received (documentation-package.ts packageStatus: `missing` empty). */
  complete: boolean;
}

export interface ReminderAgreement {
  id: string;
  organisationId: string;
  text: string;
  deadline: IsoDate | null;
  /** Fulfilled or dropped (agreements/status-rules.ts isClosed). */
  closed: boolean;
}

export interface ReminderFacts {
  meetings: readonly ReminderMeeting[];
  packages: readonly ReminderPackage[];
  agreements: readonly ReminderAgreement[];
  /** Organisation names by id, for the wording. */
  organisationNames: Readonly<Record<string, string>>;
}

export type ReminderItem =
  | {
      kind: 'packageMissing';
      meetingId: string;
      meetingTitle: string;
      meetingDate: IsoDate;
      organisationId: string;
      organisationName: string;
      steeringYear: number;
      daysLeft: number;
    }
  | {
      kind: 'minutesAwaitingApproval';
      meetingId: string;
      meetingTitle: string;
      meetingDate: IsoDate | null;
      organisationId: string | null;
      party: DialogueParty;
    }
  | {
      kind: 'accountNotPublished';
      meetingId: string;
      meetingTitle: string;
      meetingDate: IsoDate;
      organisationId: string | null;
      /** The meeting date plus the setting's days: from when the reminder runs. */
      remindFrom: IsoDate;
      daysSinceMeeting: number;
    }
  | {
      kind: 'agreementDue';
      agreementId: string;
      text: string;
      organisationId: string;
      organisationName: string;
      deadline: IsoDate;
      overdue: boolean;
    };

export type ReminderKind = ReminderItem['kind'];

/** Whose task an item is: the municipality's, or one organisation's. */
export type Audience = { side: 'municipality' } | { side: 'organisation'; organisationId: string };

export interface DueItem {
  item: ReminderItem;
  audience: Audience[];
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const MUNICIPALITY: Audience = { side: 'municipality' };
const organisation = (organisationId: string): Audience => ({ side: 'organisation', organisationId });

/** Every item due on `today`, each with the parties it is for. */
export function dueItems(facts: ReminderFacts, today: IsoDate, settings: ReminderSettings): DueItem[] {
  const out: DueItem[] = [];
  const name = (id: string) => facts.organisationNames[id] ?? id;
  const complete = new Set(
    facts.packages.filter((p) => p.complete).map((p) => `${p.organisationId}:${p.steeringYear}`),
  );
  for (const m of facts.meetings) {
    // Rule 1: a package missing before the meeting.
    if (
      m.kind === 'dialogueMeeting' &&
      (m.status === 'planned' || m.status === 'invited') &&
      m.date !== null &&
      m.organisationId !== null &&
      !complete.has(`${m.organisationId}:${m.steeringYear}`)
    ) {
      const daysLeft = daysBetween(today, m.date);
      if (daysLeft >= 0 && daysLeft <= settings.packageDaysBefore) {
        out.push({
          item: {
            kind: 'packageMissing',
            meetingId: m.id,
            meetingTitle: m.title,
            meetingDate: m.date,
            organisationId: m.organisationId,
            organisationName: name(m.organisationId),
            steeringYear: m.steeringYear,
            daysLeft,
          },
          audience: [MUNICIPALITY, organisation(m.organisationId)],
        });
      }
    }
    // Rule 2: minutes waiting for a party's approval.
    if (m.status === 'minutesDrafted') {
      for (const party of m.missingApprovals) {
        if (party === 'organisation' && m.organisationId === null) continue;
        out.push({
          item: {
            kind: 'minutesAwaitingApproval',
            meetingId: m.id,
            meetingTitle: m.title,
            meetingDate: m.date,
            organisationId: m.organisationId,
            party,
          },
          audience: [
            party === 'organisation' && m.organisationId ? organisation(m.organisationId) : MUNICIPALITY,
          ],
        });
      }
    }
    // Rule 3: the account not published N days after the meeting (§ 164, stk. 2).
    if (
      m.kind === 'dialogueMeeting' &&
      (m.status === 'held' || m.status === 'minutesDrafted' || m.status === 'approved') &&
      m.date !== null
    ) {
      const remindFrom = addDays(m.date, settings.accountDaysAfter);
      if (today >= remindFrom) {
        out.push({
          item: {
            kind: 'accountNotPublished',
            meetingId: m.id,
            meetingTitle: m.title,
            meetingDate: m.date,
            organisationId: m.organisationId,
            remindFrom,
            daysSinceMeeting: daysBetween(m.date, today),
          },
          audience: [MUNICIPALITY],
        });
      }
    }
  }
  // Rule 4: agreements whose deadline is near or passed.
  for (const a of facts.agreements) {
    if (a.closed || a.deadline === null) continue;
    if (daysBetween(today, a.deadline) > settings.agreementDaysAhead) continue;
    out.push({
      item: {
        kind: 'agreementDue',
        agreementId: a.id,
        text: a.text,
        organisationId: a.organisationId,
        organisationName: name(a.organisationId),
        deadline: a.deadline,
        overdue: a.deadline < today,
      },
      audience: [MUNICIPALITY, organisation(a.organisationId)],
    });
  }
  return out.sort(compareDue);
}

const KIND_ORDER: Record<ReminderKind, number> = {
  minutesAwaitingApproval: 0,
  accountNotPublished: 1,
  packageMissing: 2,
  agreementDue: 3,
};

function itemDate(item: ReminderItem): string {
  switch (item.kind) {
    case 'agreementDue':
      return item.deadline;
    case 'minutesAwaitingApproval':
      return item.meetingDate ?? '9999-12-31';
    default:
      return item.meetingDate;
  }
}

function itemText(item: ReminderItem): string {
  return item.kind === 'agreementDue' ? item.text : item.meetingTitle;
}

/** By kind (approvals first), then date, then text: a stable order for mail and page. */
function compareDue(a: DueItem, b: DueItem): number {
  return (
    KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
    itemDate(a.item).localeCompare(itemDate(b.item)) ||
    compareDanish(itemText(a.item), itemText(b.item))
  );
}

/** A user's grants within the municipality, as far as the rules need them. */
export interface ReminderGrant {
  role: string;
  organisationId?: string | null;
}

export interface ReminderUser {
  id: string;
  name: string;
  email: string;
  active: boolean;
  remindersEnabled: boolean;
  grants: readonly ReminderGrant[];
}

/**
 * Whether a user with these grants acts for the audience. `municipalityActors` names the roles
 * that act for the municipality: case officers, or administrators when the municipality has no
 * case officer (see `municipalityActorRoles`).
 */
export function actsFor(
  grants: readonly ReminderGrant[],
  audience: Audience,
  municipalityActors: readonly string[],
): boolean {
  return grants.some((g) =>
    audience.side === 'municipality'
      ? municipalityActors.includes(g.role)
      : g.role === 'organisation' && g.organisationId === audience.organisationId,
  );
}

/** Case officers act for the municipality; its administrators only when it has no case officer. */
export function municipalityActorRoles(users: readonly Pick<ReminderUser, 'active' | 'grants'>[]): string[] {
  const hasCaseOfficer = users.some((u) => u.active && u.grants.some((g) => g.role === 'caseOfficer'));
  return hasCaseOfficer ? ['caseOfficer'] : ['admin'];
}

/** The items among `due` that are the viewer's to act on. */
export function itemsFor(
  due: readonly DueItem[],
  grants: readonly ReminderGrant[],
  municipalityActors: readonly string[],
): ReminderItem[] {
  return due.filter((d) => d.audience.some((a) => actsFor(grants, a, municipalityActors))).map((d) => d.item);
}

export interface Digest {
  userId: string;
  name: string;
  email: string;
  items: ReminderItem[];
}

/** One digest per active user who wants reminders and has something due; users in input order. */
export function digestsFor(
  users: readonly ReminderUser[],
  facts: ReminderFacts,
  today: IsoDate,
  settings: ReminderSettings,
): Digest[] {
  const due = dueItems(facts, today, settings);
  const actors = municipalityActorRoles(users);
  return users
    .filter((u) => u.active && u.remindersEnabled)
    .map((u) => ({ userId: u.id, name: u.name, email: u.email, items: itemsFor(due, u.grants, actors) }))
    .filter((d) => d.items.length > 0);
}

/** One user's digest over every municipality where they act (one mail per user per day). */
export interface MergedDigest {
  userId: string;
  name: string;
  email: string;
  sections: { municipality: string; municipalityName: string; items: ReminderItem[] }[];
}

/** Joins a user's digests from several municipalities into one, municipalities in input order. */
export function mergeDigests(
  perMunicipality: readonly { municipality: string; municipalityName: string; digests: readonly Digest[] }[],
): MergedDigest[] {
  const byUser = new Map<string, MergedDigest>();
  for (const m of perMunicipality) {
    for (const d of m.digests) {
      const merged = byUser.get(d.userId) ?? { userId: d.userId, name: d.name, email: d.email, sections: [] };
      merged.sections.push({
        municipality: m.municipality,
        municipalityName: m.municipalityName,
        items: d.items,
      });
      byUser.set(d.userId, merged);
    }
  }
  return [...byUser.values()];
}
