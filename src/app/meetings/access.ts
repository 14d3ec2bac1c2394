/**
 * Who may see and change meetings. The policies admit roles; which meetings a user sees is
 * decided per meeting by `mayReadMeeting`:
 * - admins and case officers: every meeting of their municipality;
 * - organisation users: their own organisation's meetings;
 * - officials: the meetings they are invited to (a participant with their e-mail or registry person);
 * - council members: the political meetings (theme meetings, dialogue forums).
 * Anything else answers "not found", so that a meeting's existence is not leaked.
 * Reading only (`meetingAsViewed`: getMeeting and listMeetings): an organisation user also sees a
 * joint meeting its organisation takes part in (a theme meeting; domain organisationTakesPart),
 * without its draft minutes; every step keeps `readableMeeting`, so such a user changes nothing.
 */
import {
  type DialogueParty,
  type Meeting,
  organisationTakesPart,
  type Participant,
} from '../../domain/meetings/index.ts';
import type { Person } from '../../domain/registry/types.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import { type AccessPolicy, type Actor, authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';

export const meetingReaders: AccessPolicy = {
  roles: ['admin', 'caseOfficer', 'official', 'organisation', 'councilMember'],
};

/** The municipality's administration plans, invites, holds and writes the minutes. */
export const meetingPlanners: AccessPolicy = { roles: ['admin', 'caseOfficer'] };

/** Either party of the dialogue: asks for officials and approves the minutes. */
export const meetingParties: AccessPolicy = { roles: ['admin', 'caseOfficer', 'organisation'] };

/** The political meetings council members take part in (Norddjurs KB 15-11-2022, sag 22/8287). */
const POLITICAL_KINDS: readonly string[] = ['themeMeeting', 'dialogueForum'];

function grantsIn(actor: Actor, municipality: string) {
  return actor.kind === 'user' ? actor.grants.filter((g) => g.municipality === municipality) : [];
}

export function isPlanner(actor: Actor, municipality: string): boolean {
  if (actor.kind === 'system') return true;
  return grantsIn(actor, municipality).some((g) => g.role === 'admin' || g.role === 'caseOfficer');
}

/** The organisation the actor acts for in the municipality, when it is an organisation user. */
export function actingOrganisation(actor: Actor, municipality: string): string | null {
  const grant = grantsIn(actor, municipality).find((g) => g.role === 'organisation');
  return grant?.organisationId ?? null;
}

/**
 * The dialogue party the actor acts for in the municipality: the administration for admins and
 * case officers, the organisation for organisation users (their own organisation is checked per
 * meeting by mayReadMeeting), null for everyone else.
 */
export function actingParty(actor: Actor, municipality: string): DialogueParty | null {
  if (isPlanner(actor, municipality)) return 'administration';
  return actingOrganisation(actor, municipality) !== null ? 'organisation' : null;
}

/** actingParty for a step only a party may take: anyone else is told the meeting is not found. */
export function requireActingParty(actor: Actor, municipality: string): DialogueParty {
  const party = actingParty(actor, municipality);
  if (party === null) throw notFound('Mødet');
  return party;
}

/** The e-mail and registry person of the actor, for matching invited officials. */
async function identityOf(s: Store, actor: Actor, municipality: string): Promise<Identity> {
  if (actor.kind !== 'user') return { email: null, personId: null };
  const user = await s.auth.getUser(actor.id);
  const email = user?.email.toLowerCase() ?? null;
  const person = email ? await s.registry.findPersonByEmail(municipality, email) : null;
  return { email, personId: person?.id ?? null };
}

/** What deciding who may read a meeting looks at: a whole Meeting or a list's MeetingSummary. */
export type MeetingAccessFields = Pick<Meeting, 'municipality' | 'organisationId' | 'kind' | 'date'> & {
  participants: readonly Pick<Participant, 'party' | 'personId' | 'email'>[];
};

type Identity = { email: string | null; personId: string | null };

/** identityOf read once, however many meetings of the municipality a list checks. */
export function identityOnce(s: Store, actor: Actor, municipality: string): () => Promise<Identity> {
  let identity: Promise<Identity> | null = null;
  return () => {
    identity ??= identityOf(s, actor, municipality);
    return identity;
  };
}

export async function mayReadMeeting(
  s: Store,
  actor: Actor,
  meeting: MeetingAccessFields,
  identity: () => Promise<Identity> = () => identityOf(s, actor, meeting.municipality),
): Promise<boolean> {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  const grants = grantsIn(actor, meeting.municipality);
  if (grants.some((g) => g.role === 'admin' || g.role === 'caseOfficer')) return true;
  if (grants.some((g) => g.role === 'organisation' && g.organisationId === meeting.organisationId))
    return true;
  if (grants.some((g) => g.role === 'councilMember') && POLITICAL_KINDS.includes(meeting.kind)) return true;
  if (grants.some((g) => g.role === 'official')) {
    const me = await identity();
    return meeting.participants.some(
      (p) =>
        (me.email !== null && p.email?.toLowerCase() === me.email) ||
        (me.personId !== null && p.personId === me.personId),
    );
  }
  return false;
}

/** Loads a meeting the actor may read, else "not found". */
export async function readableMeeting(
  s: Store,
  actor: Actor,
  municipality: string,
  id: string,
): Promise<Meeting> {
  const meeting = await s.meetings.getMeeting(municipality, id);
  if (!meeting || !(await mayReadMeeting(s, actor, meeting))) throw notFound('Mødet');
  return meeting;
}

/**
 * The municipality-level check for policies that admit organisation users: their scope is
 * checked per meeting afterwards (mayReadMeeting), so here their own organisation is the scope.
 */
export function authorizeIn(actor: Actor, policy: AccessPolicy, municipality: string): void {
  authorize(actor, policy, { municipality, organisationId: actingOrganisation(actor, municipality) });
}

/**
 * True when the actor reads `meeting` only as a user of an organisation taking part in it (a theme
 * meeting): no step is open to them (every step loads through readableMeeting). `people` is
 * called at most once per call, so a list can share one registry read.
 */
export async function viewsAsParticipatingOrganisation(
  actor: Actor,
  meeting: MeetingAccessFields,
  people: () => Promise<readonly Person[]>,
  today: IsoDate,
): Promise<boolean> {
  const organisationIds = grantsIn(actor, meeting.municipality).flatMap((g) =>
    g.role === 'organisation' && g.organisationId ? [g.organisationId] : [],
  );
  if (organisationIds.length === 0 || meeting.organisationId !== null) return false;
  const known = await people();
  return organisationIds.some((id) => organisationTakesPart(meeting, id, known, today));
}

/**
 * What a participating organisation's user reads of a joint meeting: agenda and participants,
 * without their e-mail addresses, and the minutes once published — a draft summary is the
 * municipality's own until it publishes it (minutes-shape.ts).
 */
export function participatingOrganisationView(meeting: Meeting): Meeting {
  return {
    ...meeting,
    participants: meeting.participants.map((p) => ({ ...p, email: null })),
    minutes: meeting.status === 'published' ? meeting.minutes : null,
  };
}

/**
 * The meeting as the actor may read it: whole (mayReadMeeting), as participatingOrganisationView
 * for a participating organisation's user (`readOnly`), or null (not to be seen). `people` is
 * read at most once, so a list shares one registry read.
 */
export async function meetingAsViewed(
  s: Store,
  actor: Actor,
  meeting: Meeting,
  today: IsoDate,
  people: () => Promise<readonly Person[]> = () => s.registry.listPersons(meeting.municipality),
): Promise<{ meeting: Meeting; readOnly: boolean } | null> {
  if (await mayReadMeeting(s, actor, meeting)) return { meeting, readOnly: false };
  if (await viewsAsParticipatingOrganisation(actor, meeting, people, today))
    return { meeting: participatingOrganisationView(meeting), readOnly: true };
  return null;
}

/**
 * Whether the actor may read the meeting a list shows (a summary): as meetingAsViewed decides
 * it for the whole meeting. The summary carries nothing a participating organisation's view
 * leaves out (e-mail addresses, draft minutes), so it is shown the same to every reader.
 */
export async function maySeeInList(
  s: Store,
  actor: Actor,
  meeting: MeetingAccessFields,
  today: IsoDate,
  people: () => Promise<readonly Person[]>,
  identity: () => Promise<Identity>,
): Promise<boolean> {
  return (
    (await mayReadMeeting(s, actor, meeting, identity)) ||
    (await viewsAsParticipatingOrganisation(actor, meeting, people, today))
  );
}

/**
 * The municipality's registry people for meetingAsViewed over a list: read once, and only when a
 * joint meeting is checked for a participating organisation.
 */
export function peopleOnce(s: Store, municipality: string): () => Promise<readonly Person[]> {
  let people: Promise<readonly Person[]> | null = null;
  return () => {
    people ??= s.registry.listPersons(municipality);
    return people;
  };
}

/** Loads a meeting for reading (getMeeting) as meetingAsViewed shows it, else "not found". */
export async function viewableMeeting(
  s: Store,
  actor: Actor,
  municipality: string,
  id: string,
  today: IsoDate,
): Promise<{ meeting: Meeting; readOnly: boolean }> {
  const meeting = await s.meetings.getMeeting(municipality, id);
  const viewed = meeting ? await meetingAsViewed(s, actor, meeting, today) : null;
  if (!viewed) throw notFound('Mødet');
  return viewed;
}
