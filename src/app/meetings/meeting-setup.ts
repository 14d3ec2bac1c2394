/**
 * Building a new meeting for an obligation: its rule (required parties, who may ask for
 * officials), its default participants from the registry and its agenda from the template, with
 * the organisation's open agreements as follow-up items. A theme meeting's participants come from
 * the model's parties — the council members, every organisation's representatives and the
 * planning case officer (domain/meetings/theme-meeting-participants.ts) — and its agenda has a
 * presentation per organisation.
 */
import { randomUUID } from 'node:crypto';
import { openAgreementsForFollowUp } from '../../domain/agreements/follow-up.ts';
import { STATUS_LABELS } from '../../domain/agreements/labels.ts';
import type { ClockTime } from '../../domain/calendar/index.ts';
import { LEGAL_FLOOR_DIALOGUE_MEETING_RULE } from '../../domain/governance-model/legal-floor.ts';
import type { MeetingRule } from '../../domain/governance-model/types.ts';
import {
  agendaTemplate,
  type FollowUpAgreement,
  type FollowUpStatus,
  isObjectiveArea,
  isSupervisingUnit,
  type Meeting,
  newMeeting,
  type Participant,
  refreshFollowUps,
  type ThemeMeetingPlanner,
  themeMeetingParticipants,
  themeMeetingSetup,
} from '../../domain/meetings/index.ts';
import type { Obligation } from '../../domain/obligations/types.ts';
import type { Municipality, Person } from '../../domain/registry/types.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import type { Actor } from '../actor.ts';
import type { Store } from '../ports.ts';
import { steeringYearOf } from './meeting-changes.ts';

export async function ruleFor(s: Store, obligation: Obligation): Promise<MeetingRule | null> {
  if (obligation.modelId !== null) {
    const versions = await s.governance.listModelVersions(obligation.municipality);
    const model = versions.find(
      (v) => v.model.id === obligation.modelId && v.model.version === obligation.modelVersion,
    )?.model;
    const rule = model?.meetingRules.find((r) => r.id === obligation.ruleId);
    if (rule) return rule;
  }
  return obligation.kind === 'dialogueMeeting' ? LEGAL_FLOOR_DIALOGUE_MEETING_RULE : null;
}

const active = (r: { from: IsoDate; to: IsoDate | null }, on: IsoDate) =>
  r.from <= on && (r.to === null || r.to >= on);

const ORGANISATION_ROLE_LABELS: Record<string, string> = {
  boardChair: 'Formand',
  boardViceChair: 'Næstformand',
  administratorStaff: 'Administration',
};

/**
 * The people invited by default: the organisation's chair, vice chair and administration staff;
 * the supervising unit's officials; council members for political meetings.
 */
export function defaultParticipants(
  people: readonly Person[],
  municipality: Municipality,
  obligation: Obligation,
  on: IsoDate,
): Participant[] {
  const out: Participant[] = [];
  const add = (p: Person, party: Participant['party'], role: string) => {
    if (out.some((o) => o.personId === p.id)) return;
    out.push({ personId: p.id, name: p.name, email: p.email, party, role, attendance: 'invited' });
  };
  const organisationId = obligation.organisation?.id ?? null;
  for (const p of people) {
    for (const r of p.roles) {
      if (!active(r, on)) continue;
      if (organisationId && 'organisationId' in r && r.organisationId === organisationId) {
        const label = ORGANISATION_ROLE_LABELS[r.kind];
        if (label) add(p, 'organisation', label);
      }
    }
  }
  for (const p of people) {
    for (const r of p.roles) {
      if (r.kind === 'official' && active(r, on) && isSupervisingUnit(r.unit, municipality.supervisingUnit)) {
        add(p, 'administration', `Embedsmand, ${r.unit}`);
      }
      if (
        r.kind === 'councilMember' &&
        active(r, on) &&
        obligation.kind !== 'dialogueMeeting' &&
        obligation.kind !== 'coordinationGroup'
      ) {
        add(p, 'councilMembers', `Kommunalbestyrelsesmedlem (${r.party})`);
      }
    }
  }
  return out;
}

const FOLLOW_UP_STATUS: Record<string, FollowUpStatus> = {
  agreed: 'notStarted',
  inProgress: 'inProgress',
  fulfilled: 'completed',
  notFulfilled: 'notStarted',
  dropped: 'dropped',
};

/** The organisation's agreements to follow up at the meeting of `steeringYear` (agreements slice). */
export async function followUpAgreements(
  s: Store,
  municipality: string,
  organisationId: string | null,
  steeringYear: number,
): Promise<FollowUpAgreement[]> {
  if (organisationId === null) return [];
  const all = await s.agreements.listAgreements(municipality, { organisationIds: [organisationId] });
  return openAgreementsForFollowUp(all, organisationId, steeringYear).map((a) => ({
    id: a.id,
    text: a.text,
    // The agreements slice has "other" beside the five national areas; the agenda shows it under economy.
    objectiveArea: isObjectiveArea(a.objectiveArea) ? a.objectiveArea : 'economyAndOperations',
    status: FOLLOW_UP_STATUS[a.status] ?? 'notStarted',
    // The register's own word for the status ("Aftalt"), so agenda and register agree.
    statusLabel: STATUS_LABELS[a.status],
  }));
}

/**
 * The meeting with its follow-up items drawn from the register now (refreshFollowUps): the live
 * agenda of a dialogue meeting not yet invited. Once invited the agenda as sent is kept.
 */
export async function withLiveFollowUps(s: Store, meeting: Meeting): Promise<Meeting> {
  if (meeting.kind !== 'dialogueMeeting' || meeting.status !== 'planned') return meeting;
  const agreements = await followUpAgreements(
    s,
    meeting.municipality,
    meeting.organisationId,
    steeringYearOf(meeting),
  );
  return { ...meeting, agenda: refreshFollowUps(meeting.agenda, agreements) };
}

export async function agendaFor(s: Store, obligation: Obligation, steeringYear: number) {
  const openAgreements = await followUpAgreements(
    s,
    obligation.municipality,
    obligation.organisation?.id ?? null,
    steeringYear,
  );
  return agendaTemplate({ kind: obligation.kind, openAgreements });
}

export interface PlannedMeetingInput {
  obligationId: string;
  date: IsoDate | null;
  startTime: string | null;
  endTime: string | null;
  location: string;
  title?: string | null;
}

/**
 * The case officer planning a meeting, as a theme meeting's administration participant: the
 * user's name and e-mail, and the registry person with that e-mail — or, failing that, the one
 * official of the municipality with the user's name (the demo's case officer has no account when
 * its history is played). Null for the system (CLI, imports): then the supervising unit's
 * officials are invited instead.
 */
export async function plannerOf(
  s: Store,
  actor: Actor,
  municipality: string,
): Promise<ThemeMeetingPlanner | null> {
  if (actor.kind !== 'user') return null;
  const user = await s.auth.getUser(actor.id);
  const email = user?.email ?? null;
  const name = user?.name ?? actor.name;
  const byEmail = email ? await s.registry.findPersonByEmail(municipality, email) : null;
  const sameName = byEmail
    ? []
    : (await s.registry.listPersons(municipality)).filter(
        (p) =>
          p.name === name && p.roles.some((r) => r.kind === 'official' && r.municipality === municipality),
      );
  const person = byEmail ?? (sameName.length === 1 ? sameName[0] : null) ?? null;
  return {
    name: person?.name ?? name,
    email: person?.email ?? email,
    personId: person?.id ?? null,
  };
}

/** Participants and agenda of a theme meeting (Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1). */
async function themeMeetingParts(
  s: Store,
  municipality: Municipality,
  people: readonly Person[],
  on: IsoDate,
  planner: ThemeMeetingPlanner | null,
) {
  const organisations = (await s.registry.listOrganisations(municipality.code)).map((o) => o.organisation);
  const { participants, presentations } = themeMeetingSetup({
    municipality: municipality.code,
    people,
    organisations,
    on,
    planner,
    supervisingUnit: municipality.supervisingUnit,
  });
  return { participants, agenda: agendaTemplate({ kind: 'themeMeeting', organisations: presentations }) };
}

/**
 * Who a new meeting for `obligation` invites on `on`: a theme meeting's own rule
 * (theme-meeting-participants.ts: council members, every organisation's representatives, the
 * planner) or defaultParticipants. buildMeeting and the year plan's proposal (proposeYearPlan)
 * both ask here, so the proposal avoids the clashes that booking the meeting would refuse.
 */
export async function participantsFor(
  s: Store,
  municipality: Municipality,
  people: readonly Person[],
  obligation: Obligation,
  on: IsoDate,
  planner: ThemeMeetingPlanner | null,
): Promise<Participant[]> {
  if (obligation.kind !== 'themeMeeting') return defaultParticipants(people, municipality, obligation, on);
  const organisations = (await s.registry.listOrganisations(municipality.code)).map((o) => o.organisation);
  return themeMeetingParticipants({
    municipality: municipality.code,
    people,
    organisations,
    on,
    planner,
    supervisingUnit: municipality.supervisingUnit,
  });
}

/** A new meeting for `obligation`, with default participants and the template agenda. */
export async function buildMeeting(
  s: Store,
  municipality: Municipality,
  obligation: Obligation,
  input: PlannedMeetingInput,
  today: IsoDate,
  planner: ThemeMeetingPlanner | null = null,
): Promise<Meeting> {
  const steeringYear = Number(obligation.periodLabel.slice(0, 4));
  const people = await s.registry.listPersons(municipality.code);
  const title =
    input.title?.trim() ||
    (obligation.organisation ? `${obligation.label} – ${obligation.organisation.name}` : obligation.label);
  const parts =
    obligation.kind === 'themeMeeting'
      ? await themeMeetingParts(s, municipality, people, input.date ?? today, planner)
      : {
          participants: defaultParticipants(people, municipality, obligation, input.date ?? today),
          agenda: await agendaFor(s, obligation, steeringYear),
        };
  return newMeeting({
    id: `mtg-${randomUUID()}`,
    municipality: municipality.code,
    obligationIds: [obligation.id],
    kind: obligation.kind,
    organisationId: obligation.organisation?.id ?? null,
    title,
    date: input.date,
    startTime: input.startTime as ClockTime | null,
    endTime: input.endTime as ClockTime | null,
    location: input.location,
    participants: parts.participants,
    agenda: parts.agenda,
  });
}
