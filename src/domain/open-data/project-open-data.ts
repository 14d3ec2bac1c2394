/**
 * What of a municipality's data is public, as one pure function: the registry's bodies and
 * housing organisations, people in political roles (names and party only), their body
 * memberships, election periods, meetings with a published account (as published, never the
 * current minutes), open political cases and the agreements of published meetings.
 *
 * Left out on purpose:
 * - contact data (e-mail, phone) of anyone: OParl 1.1 "Datenschutz" and almenboligloven § 164,
 *   stk. 2 asks only for the account to be published (domain.md §1); officials and board members
 *   are not public roles here, so they are not listed at all;
 * - closed cases (Lukket sag) and cases without a stated access (deny by default, domain.md §4);
 * - meetings without a published account, and the minutes behind an account;
 * - who recorded an agreement status (user names); free-text notes lose contact data.
 */
import type { Agreement } from '../agreements/types.ts';
import { type PublishedAccountVersion, redactContactData } from '../meetings/publication.ts';
import type { Meeting } from '../meetings/types.ts';
import type { PoliticalCase } from '../political-case/types.ts';
import type { Body, BodyMembership, HousingOrganisation, Person } from '../registry/types.ts';
import type {
  OpenAgreement,
  OpenDataset,
  OpenMeeting,
  OpenMembership,
  OpenOrganisation,
  OpenPaper,
  OpenPerson,
} from './open-records.ts';
import type { Stamps } from './stamps.ts';

/** An election period as the registry stores it. */
export interface ElectionPeriodRecordLike {
  label: string;
  start: string;
  end: string;
}

export interface ProjectionInput {
  municipality: string;
  bodies: Body[];
  organisations: HousingOrganisation[];
  people: Person[];
  memberships: BodyMembership[];
  electionPeriods: ElectionPeriodRecordLike[];
  /** Meetings that have at least one published account version, with the newest version. */
  published: {
    meeting: Meeting;
    latest: PublishedAccountVersion;
    versions: Omit<PublishedAccountVersion, 'account'>[];
  }[];
  cases: { id: string; politicalCase: PoliticalCase }[];
  agreements: Agreement[];
  stamps: {
    organisations: Map<string, Stamps>;
    bodies: Map<string, Stamps>;
    people: Map<string, Stamps>;
    memberships: Map<string, Stamps>;
    electionPeriods: Map<string, Stamps>;
    meetings: Map<string, Stamps>;
    politicalCases: Map<string, Stamps>;
    agreements: Map<string, Stamps>;
  };
  /** Stamp for a record the database has no row stamp for (should not happen; never guessed as new). */
  fallback: Stamps;
}

const POLITICAL_ROLES = new Set(['mayor', 'councilMember']);

export function membershipId(m: BodyMembership): string {
  return `${m.bodyId}~${m.personId}~${m.electionPeriod}`;
}

export function projectOpenData(input: ProjectionInput): OpenDataset {
  const stamp = (map: Map<string, Stamps>, key: string): Stamps => map.get(key) ?? input.fallback;
  const periods = new Map(input.electionPeriods.map((p) => [p.label, p]));

  const organisationsWithoutMembers: Omit<OpenOrganisation, 'membershipIds'>[] = [
    ...input.bodies
      .filter((b) => b.municipality === input.municipality)
      .map((b) => ({
        id: b.id,
        kind: b.kind,
        name: b.name,
        shortName: b.abbreviation,
        cvr: null,
        startDate: null,
        endDate: null,
        ...stamp(input.stamps.bodies, b.id),
      })),
    ...input.organisations.map((o) => ({
      id: o.id,
      kind: o.kind,
      name: o.name,
      shortName: null,
      cvr: o.cvr,
      startDate: o.activeFrom,
      endDate: o.activeTo,
      ...stamp(input.stamps.organisations, o.id),
    })),
  ];
  const organisationIds = new Set(organisationsWithoutMembers.map((o) => o.id));

  const people = input.people.filter(
    (p) =>
      p.roles.some(
        (r) => POLITICAL_ROLES.has(r.kind) && 'municipality' in r && r.municipality === input.municipality,
      ) || input.memberships.some((m) => m.personId === p.id && organisationIds.has(m.bodyId)),
  );
  const personIds = new Set(people.map((p) => p.id));

  const memberships: OpenMembership[] = input.memberships
    .filter((m) => personIds.has(m.personId) && organisationIds.has(m.bodyId))
    .map((m) => ({
      id: membershipId(m),
      personId: m.personId,
      organisationId: m.bodyId,
      role: m.role,
      electionPeriod: m.electionPeriod,
      startDate: periods.get(m.electionPeriod)?.start ?? null,
      endDate: periods.get(m.electionPeriod)?.end ?? null,
      ...stamp(input.stamps.memberships, `${m.bodyId}|${m.personId}|${m.electionPeriod}`),
    }));

  const organisations: OpenOrganisation[] = organisationsWithoutMembers.map((o) => ({
    ...o,
    membershipIds: memberships.filter((m) => m.organisationId === o.id).map((m) => m.id),
  }));

  const openPeople: OpenPerson[] = people.map((p) => {
    const councilRole = p.roles.find(
      (r) => r.kind === 'councilMember' && r.municipality === input.municipality,
    );
    return {
      id: p.id,
      name: p.name,
      party: councilRole && 'party' in councilRole ? councilRole.party : null,
      memberships: memberships.filter((m) => m.personId === p.id),
      ...stamp(input.stamps.people, p.id),
    };
  });

  const terms = input.electionPeriods.map((p) => ({
    id: p.label,
    name: `Valgperiode ${p.label}`,
    startDate: p.start,
    endDate: p.end,
    ...stamp(input.stamps.electionPeriods, p.label),
  }));

  const meetings: OpenMeeting[] = input.published.map(({ meeting, latest, versions }) => {
    const own = stamp(input.stamps.meetings, meeting.id);
    return {
      id: meeting.id,
      name: latest.account.title,
      kind: meeting.kind,
      organisationId: meeting.organisationId,
      date: latest.account.heldOn ?? meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      account: latest.account,
      version: latest.version,
      publishedOn: latest.publishedOn,
      versions: versions.map((v) => ({
        version: v.version,
        publishedOn: v.publishedOn,
        correction: v.correction,
      })),
      // Numbered by position: the internal agenda item ids may name unpublished records.
      agendaItems: latest.account.items.map((item, i) => ({
        id: String(i + 1),
        number: String(i + 1),
        order: i + 1,
        name: item.title,
        result: item.outcome,
        resolutionText: item.summary,
      })),
      created: own.created,
      modified: own.modified,
    };
  });
  const publishedMeetingIds = new Set(meetings.map((m) => m.id));

  const bodyByAbbreviation = new Map(input.bodies.map((b) => [b.abbreviation.toLocaleLowerCase('da'), b]));
  const bodyByName = new Map(input.bodies.map((b) => [b.name.toLocaleLowerCase('da'), b]));
  const papers: OpenPaper[] = input.cases
    .filter((c) => c.politicalCase.access === 'open')
    .map(({ id, politicalCase: pc }) => {
      const route = pc.route.length > 0 ? pc.route : pc.decisions.map((d) => d.body);
      const consultations = route.map((ref, i) => {
        const body =
          (ref.abbreviation ? bodyByAbbreviation.get(ref.abbreviation.toLocaleLowerCase('da')) : undefined) ??
          (ref.name ? bodyByName.get(ref.name.toLocaleLowerCase('da')) : undefined);
        const decision = pc.decisions.find(
          (d) =>
            (ref.abbreviation !== null && d.body.abbreviation === ref.abbreviation) ||
            (ref.name !== null && d.body.name === ref.name),
        );
        return {
          id: String(i + 1),
          organisationId: body?.id ?? null,
          bodyName: ref.name ?? body?.name ?? ref.abbreviation,
          date: decision?.date ?? null,
          authoritative: i === route.length - 1,
          role: i === route.length - 1 ? 'Beslutning' : 'Indstilling',
          result: decision ? decision.outcomes.map((o) => o.outcome).join('; ') || null : null,
        };
      });
      const dates = pc.decisions
        .map((d) => d.date)
        .filter((d): d is string => d !== null)
        .sort();
      return {
        id,
        reference: pc.caseNumber,
        name: pc.title ?? pc.caseNumber ?? id,
        date: dates[0] ?? null,
        consultations,
        ...stamp(input.stamps.politicalCases, id),
      };
    });

  const agreements: OpenAgreement[] = input.agreements
    .filter((a) => a.meetingId !== null && publishedMeetingIds.has(a.meetingId))
    .map((a) => ({
      id: a.id,
      organisationId: a.organisationId,
      meetingId: a.meetingId as string,
      steeringYear: a.steeringYear,
      agreedOn: a.agreedOn,
      objectiveArea: a.objectiveArea,
      text: redactContactData(a.text),
      target: a.target === null ? null : redactContactData(a.target),
      responsible: a.responsible,
      deadline: a.deadline,
      status: a.status,
      history: a.history.map((h) => ({
        status: h.status,
        date: h.date,
        note: h.note === null ? null : redactContactData(h.note),
        evidenceUrl: h.evidenceUrl,
      })),
      ...stamp(input.stamps.agreements, a.id),
    }));

  // Obligations come from the compliance state: the loader adds them (project-obligations.ts).
  return {
    organisations,
    people: openPeople,
    memberships,
    terms,
    meetings,
    papers,
    agreements,
    obligations: [],
  };
}
