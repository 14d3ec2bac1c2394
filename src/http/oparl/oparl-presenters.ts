/**
 * Public records → OParl 1.1 JSON (and the styringsdialog extension's objects). Whitelists:
 * every field that leaves the server is named here. Sub-objects (LegislativeTerm in Body,
 * Membership in Person, AgendaItem and File in Meeting, Consultation in Paper) are embedded
 * without their back reference and served under their own id as well (OParl 1.1, "Objekte").
 */

import { DateTime } from 'luxon';
import {
  OBJECTIVE_AREA_LABELS,
  RESPONSIBLE_KIND_LABELS,
  STATUS_LABELS,
} from '../../domain/agreements/index.ts';
import { COMPLIANCE_STATUS_LABELS } from '../../domain/compliance/labels.ts';
import type { ListPage } from '../../domain/open-data/list-window.ts';
import type {
  OpenAgendaItem,
  OpenAgreement,
  OpenConsultation,
  OpenMeeting,
  OpenMembership,
  OpenObligation,
  OpenOrganisation,
  OpenPaper,
  OpenPerson,
  OpenTerm,
} from '../../domain/open-data/open-records.ts';
import type { Stamps } from '../../domain/open-data/stamps.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import { DANISH_ZONE } from '../../domain/shared/copenhagen-date.ts';
import { LIST_SEGMENTS, type OparlUrls } from './oparl-urls.ts';

export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';
const oparlType = (name: string) => `${OPARL_VERSION}${name}`;

type Json = Record<string, unknown>;

const stamps = (s: Stamps) => ({ created: s.created, modified: s.modified });

/** A Danish wall-clock date and time as an instant with its offset (OParl wants date-time). */
function instantOf(date: string, time: string | null): string | null {
  if (time === null) return null;
  const dt = DateTime.fromISO(`${date}T${time}`, { zone: DANISH_ZONE });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}

export function presentSystem(u: OparlUrls, now: string): Json {
  return {
    id: u.system,
    type: oparlType('System'),
    oparlVersion: OPARL_VERSION,
    body: u.bodies,
    name: 'Styringsdialog',
    website: u.web('/'),
    // The extension's schemas: what the sd: properties and sd types mean (docs/oparl.md).
    'sd:extension': u.extensionIndex,
    created: now,
    modified: now,
  };
}

export function presentTerm(u: OparlUrls, code: string, t: OpenTerm, embedded: boolean): Json {
  return {
    id: u.object(code, LIST_SEGMENTS.legislativeTerm, t.id),
    type: oparlType('LegislativeTerm'),
    ...(embedded ? {} : { body: u.body(code) }),
    name: t.name,
    startDate: t.startDate,
    endDate: t.endDate,
    ...stamps(t),
  };
}

export function presentBody(
  u: OparlUrls,
  b: Stamps & { municipality: Municipality },
  terms: OpenTerm[],
): Json {
  const code = b.municipality.code;
  return {
    id: u.body(code),
    type: oparlType('Body'),
    system: u.system,
    name: b.municipality.name,
    shortName: b.municipality.name,
    ...(b.municipality.accountsUrl ? { website: b.municipality.accountsUrl } : {}),
    classification: 'Kommune',
    organization: u.list(code, LIST_SEGMENTS.organization),
    person: u.list(code, LIST_SEGMENTS.person),
    meeting: u.list(code, LIST_SEGMENTS.meeting),
    paper: u.list(code, LIST_SEGMENTS.paper),
    membership: u.list(code, LIST_SEGMENTS.membership),
    legislativeTermList: u.list(code, LIST_SEGMENTS.legislativeTerm),
    legislativeTerm: terms.map((t) => presentTerm(u, code, t, true)),
    'sd:publishedAccount': u.list(code, LIST_SEGMENTS.publishedAccount),
    'sd:agreement': u.list(code, LIST_SEGMENTS.agreement),
    'sd:obligation': u.list(code, LIST_SEGMENTS.obligation),
    web: u.web(`/redegoerelser/${encodeURIComponent(code)}`),
    ...stamps(b),
  };
}

const ORGANISATION_CLASSIFICATION: Record<OpenOrganisation['kind'], string> = {
  council: 'Kommunalbestyrelse',
  committee: 'Udvalg',
  housingOrganisation: 'Almen boligorganisation',
  administrationOrganisation: 'Administrationsorganisation',
};

export function presentOrganisation(u: OparlUrls, code: string, o: OpenOrganisation): Json {
  const political = o.kind === 'council' || o.kind === 'committee';
  return {
    id: u.object(code, LIST_SEGMENTS.organization, o.id),
    type: oparlType('Organization'),
    body: u.body(code),
    name: o.name,
    ...(o.shortName ? { shortName: o.shortName } : {}),
    organizationType: political ? 'Gremium' : 'Institution',
    classification: ORGANISATION_CLASSIFICATION[o.kind],
    membership: o.membershipIds.map((m) => u.object(code, LIST_SEGMENTS.membership, m)),
    ...(o.startDate ? { startDate: o.startDate } : {}),
    ...(o.endDate ? { endDate: o.endDate } : {}),
    ...(o.cvr ? { 'sd:cvr': o.cvr } : {}),
    ...stamps(o),
  };
}

const MEMBERSHIP_ROLES: Record<OpenMembership['role'], string> = {
  chair: 'Formand',
  viceChair: 'Næstformand',
  member: 'Medlem',
};

export function presentMembership(u: OparlUrls, code: string, m: OpenMembership, embedded: boolean): Json {
  return {
    id: u.object(code, LIST_SEGMENTS.membership, m.id),
    type: oparlType('Membership'),
    ...(embedded ? {} : { person: u.object(code, LIST_SEGMENTS.person, m.personId) }),
    organization: u.object(code, LIST_SEGMENTS.organization, m.organisationId),
    role: MEMBERSHIP_ROLES[m.role],
    votingRight: true,
    ...(m.startDate ? { startDate: m.startDate } : {}),
    ...(m.endDate ? { endDate: m.endDate } : {}),
    ...stamps(m),
  };
}

/** Name and memberships only: no e-mail, phone or address (OParl 1.1, "Datenschutz"). */
export function presentPerson(u: OparlUrls, code: string, p: OpenPerson): Json {
  return {
    id: u.object(code, LIST_SEGMENTS.person, p.id),
    type: oparlType('Person'),
    body: u.body(code),
    name: p.name,
    ...(p.party ? { 'sd:party': p.party } : {}),
    membership: p.memberships.map((m) => presentMembership(u, code, m, true)),
    ...stamps(p),
  };
}

export function presentAccountFile(u: OparlUrls, code: string, m: OpenMeeting, embedded: boolean): Json {
  const pdf = u.web(`${m.account.path}/redegoerelse.pdf`);
  return {
    id: u.accountFile(code, m.id),
    type: oparlType('File'),
    name: `Redegørelse: ${m.name}`,
    fileName: 'redegoerelse.pdf',
    mimeType: 'application/pdf',
    date: m.publishedOn,
    accessUrl: pdf,
    downloadUrl: pdf,
    ...(embedded ? {} : { meeting: [u.object(code, LIST_SEGMENTS.meeting, m.id)] }),
    ...stamps(m),
  };
}

export function presentAgendaItem(
  u: OparlUrls,
  code: string,
  m: OpenMeeting,
  item: OpenAgendaItem,
  embedded: boolean,
): Json {
  return {
    id: u.agendaItem(code, m.id, item.id),
    type: oparlType('AgendaItem'),
    ...(embedded ? {} : { meeting: u.object(code, LIST_SEGMENTS.meeting, m.id) }),
    number: item.number,
    order: item.order,
    name: item.name,
    public: true,
    ...(item.result ? { result: item.result } : {}),
    ...(item.resolutionText ? { resolutionText: item.resolutionText } : {}),
    ...stamps(m),
  };
}

export function presentMeeting(u: OparlUrls, code: string, m: OpenMeeting): Json {
  const start = m.date ? instantOf(m.date, m.startTime) : null;
  const end = m.date ? instantOf(m.date, m.endTime) : null;
  return {
    id: u.object(code, LIST_SEGMENTS.meeting, m.id),
    type: oparlType('Meeting'),
    name: m.name,
    meetingState: 'afholdt',
    cancelled: false,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    organization: m.organisationId ? [u.object(code, LIST_SEGMENTS.organization, m.organisationId)] : [],
    resultsProtocol: presentAccountFile(u, code, m, true),
    agendaItem: m.agendaItems.map((item) => presentAgendaItem(u, code, m, item, true)),
    'sd:publishedAccount': u.object(code, LIST_SEGMENTS.publishedAccount, m.id),
    web: u.web(m.account.path),
    ...stamps(m),
  };
}

export function presentConsultation(
  u: OparlUrls,
  code: string,
  p: OpenPaper,
  c: OpenConsultation,
  embedded: boolean,
): Json {
  return {
    id: u.consultation(code, p.id, c.id),
    type: oparlType('Consultation'),
    ...(embedded ? {} : { paper: u.object(code, LIST_SEGMENTS.paper, p.id) }),
    ...(c.organisationId
      ? { organization: [u.object(code, LIST_SEGMENTS.organization, c.organisationId)] }
      : {}),
    authoritative: c.authoritative,
    role: c.role,
    ...(c.bodyName ? { 'sd:bodyName': c.bodyName } : {}),
    ...(c.date ? { 'sd:date': c.date } : {}),
    ...(c.result ? { 'sd:result': c.result } : {}),
    ...stamps(p),
  };
}

export function presentPaper(u: OparlUrls, code: string, p: OpenPaper): Json {
  return {
    id: u.object(code, LIST_SEGMENTS.paper, p.id),
    type: oparlType('Paper'),
    body: u.body(code),
    name: p.name,
    ...(p.reference ? { reference: p.reference } : {}),
    ...(p.date ? { date: p.date } : {}),
    paperType: 'Dagsordenspunkt',
    consultation: p.consultations.map((c) => presentConsultation(u, code, p, c, true)),
    ...stamps(p),
  };
}

/** Extension: the published account (redegørelse) of a meeting, newest version. */
export function presentPublishedAccount(u: OparlUrls, code: string, m: OpenMeeting): Json {
  const a = m.account;
  return {
    id: u.object(code, LIST_SEGMENTS.publishedAccount, m.id),
    type: u.extensionSchema('PublishedAccount'),
    body: u.body(code),
    meeting: u.object(code, LIST_SEGMENTS.meeting, m.id),
    ...(m.organisationId
      ? { organization: u.object(code, LIST_SEGMENTS.organization, m.organisationId) }
      : {}),
    name: a.title,
    legalBasis: a.legalBasis,
    ...(a.heldOn ? { heldOn: a.heldOn } : {}),
    publishedOn: m.publishedOn,
    version: m.version,
    organisationAssessment: a.organisationAssessment,
    municipalityAssessment: a.municipalityAssessment,
    ...(a.minutesForm === 'summary' ? { summary: a.summary ?? '' } : {}),
    noAgreements: a.noAgreements,
    agreements: a.agreements.map((x) => ({
      text: x.text,
      objectiveArea: x.objectiveArea,
      objectiveAreaLabel: x.objectiveAreaLabel,
      ...(x.deadline ? { deadline: x.deadline } : {}),
      responsible: x.responsible,
    })),
    corrections: m.versions
      .filter((v) => v.correction !== null)
      .map((v) => ({ version: v.version, on: v.correction?.on, reason: v.correction?.reason })),
    versions: m.versions.map((v) => ({
      version: v.version,
      publishedOn: v.publishedOn,
      web: u.web(`${a.path}/version/${v.version}`),
    })),
    file: u.accountFile(code, m.id),
    web: u.web(a.path),
    ...stamps(m),
  };
}

/** Extension: an agreement of a published meeting with its status history (no names of who recorded it). */
export function presentAgreement(u: OparlUrls, code: string, a: OpenAgreement): Json {
  return {
    id: u.object(code, LIST_SEGMENTS.agreement, a.id),
    type: u.extensionSchema('Agreement'),
    body: u.body(code),
    organization: u.object(code, LIST_SEGMENTS.organization, a.organisationId),
    meeting: u.object(code, LIST_SEGMENTS.meeting, a.meetingId),
    publishedAccount: u.object(code, LIST_SEGMENTS.publishedAccount, a.meetingId),
    steeringYear: a.steeringYear,
    agreedOn: a.agreedOn,
    text: a.text,
    ...(a.target ? { target: a.target } : {}),
    objectiveArea: a.objectiveArea,
    objectiveAreaLabel: OBJECTIVE_AREA_LABELS[a.objectiveArea],
    responsible: {
      kind: a.responsible.kind,
      label:
        a.responsible.kind === 'namedUnit' ? a.responsible.name : RESPONSIBLE_KIND_LABELS[a.responsible.kind],
    },
    ...(a.deadline ? { deadline: a.deadline } : {}),
    status: a.status,
    statusLabel: STATUS_LABELS[a.status],
    statusHistory: a.history.map((h) => ({
      status: h.status,
      date: h.date,
      ...(h.note ? { note: h.note } : {}),
      // Evidence may be a path on this server (e.g. a published account): made absolute.
      ...(h.evidenceUrl
        ? { evidenceUrl: h.evidenceUrl.startsWith('/') ? u.web(h.evidenceUrl) : h.evidenceUrl }
        : {}),
    })),
    ...stamps(a),
  };
}

/** Extension: a statutory obligation of a steering year with its status and public evidence. */
export function presentObligation(u: OparlUrls, code: string, o: OpenObligation): Json {
  return {
    id: u.object(code, LIST_SEGMENTS.obligation, o.id),
    type: u.extensionSchema('Obligation'),
    body: u.body(code),
    year: o.year,
    kind: o.kind,
    rule: o.ruleId,
    name: o.label,
    basis: o.basis,
    statutory: o.statutory,
    ...(o.organisationId
      ? { organization: u.object(code, LIST_SEGMENTS.organization, o.organisationId) }
      : {}),
    period: o.periodLabel,
    dueBy: o.dueBy,
    status: o.status,
    statusLabel: COMPLIANCE_STATUS_LABELS[o.status],
    ...(o.completedOn ? { completedOn: o.completedOn } : {}),
    completedLate: o.completedLate,
    evidence: o.evidence.map((e) => ({
      kind: e.kind,
      date: e.date,
      ...(e.meetingId ? { meeting: u.object(code, LIST_SEGMENTS.meeting, e.meetingId) } : {}),
      ...(e.url ? { url: e.url } : {}),
    })),
    ...stamps(o),
  };
}

/** An external object list (OParl 1.1 "Objektlisten"): data, pagination, links; filters kept in links. */
export function presentList<T>(
  listUrl: string,
  page: ListPage<T>,
  query: Record<string, string>,
  present: (item: T) => Json,
): Json {
  const link = (p: number) => {
    const q = new URLSearchParams({ ...query, page: String(p) });
    return `${listUrl}?${q.toString()}`;
  };
  return {
    data: page.items.map(present),
    pagination: {
      totalElements: page.totalElements,
      elementsPerPage: page.perPage,
      currentPage: page.currentPage,
      totalPages: page.totalPages,
    },
    links: {
      first: link(1),
      ...(page.currentPage > 1 ? { prev: link(Math.min(page.currentPage - 1, page.totalPages)) } : {}),
      ...(page.currentPage < page.totalPages ? { next: link(page.currentPage + 1) } : {}),
      last: link(page.totalPages),
      self: link(page.currentPage),
    },
  };
}
