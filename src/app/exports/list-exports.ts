/**
 * The export definition of every list (issue 14 point 4): one column list per list, feeding the
 * CSV and the XLSX download of the page and of the API (`?format=csv|xlsx`). Each definition
 * reads the rows of the list's own use case, so a viewer exports exactly what the list shows
 * them (a housing organisation only its own; contact data only where the list shows it).
 */
import {
  STATUS_LABELS as AGREEMENT_STATUS_LABELS,
  OBJECTIVE_AREA_LABELS,
  responsibleText,
} from '../../domain/agreements/labels.ts';
import type { Agreement } from '../../domain/agreements/types.ts';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from '../../domain/meetings/labels.ts';
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import { roleText } from '../../domain/registry/role-text.ts';
import type { Department, HousingOrganisation, Person } from '../../domain/registry/types.ts';
import { defineExport, type ExportTable, exportTable } from '../../domain/shared/export-table.ts';
import type { listAgreements } from '../agreements/list-agreements.ts';
import type { complianceGrid } from '../governance/compliance-grid.ts';
import type { AssessedObligationView } from '../governance/obligation-view.ts';
import type { listMeetings } from '../meetings/list-meetings.ts';
import type { MeetingListItem } from '../meetings/meeting-store.ts';
import type { listPoliticalCases } from '../political-cases/list-political-cases.ts';
import type { listOrganisations } from '../registry/list-organisations.ts';
import type { listPeople } from '../registry/list-people.ts';
import { organisationExport } from '../registry/organisation-csv.ts';

const yesNo = (b: boolean) => b;

/** A department with the organisation it belongs to. */
export interface DepartmentExportRow {
  organisation: HousingOrganisation;
  department: Department;
}

const DEPARTMENT_KIND_WORDS: Record<string, string> = {
  family: 'Familieboliger',
  youth: 'Ungdomsboliger',
  elderly: 'Ældreboliger',
};

export const departmentExport = defineExport<DepartmentExportRow>({
  name: 'afdelinger',
  sheet: 'Afdelinger',
  columns: [
    { header: 'Organisationens CVR', type: 'text', value: (r) => r.organisation.cvr },
    { header: 'Organisation', type: 'text', value: (r) => r.organisation.name },
    { header: 'Afdelingsnr.', type: 'text', value: (r) => r.department.lbfNumber },
    { header: 'Navn', type: 'text', value: (r) => r.department.name },
    { header: 'Adresse', type: 'text', value: (r) => r.department.address },
    { header: 'Kommune', type: 'text', value: (r) => r.department.locationMunicipality },
    {
      header: 'Type',
      type: 'text',
      value: (r) => DEPARTMENT_KIND_WORDS[r.department.kind] ?? r.department.kind,
    },
    { header: 'Boliger', type: 'integer', value: (r) => r.department.homes },
    { header: 'Afdelingsbestyrelse', type: 'boolean', value: (r) => yesNo(r.department.hasDepartmentBoard) },
  ],
});

/** A meeting as listMeetings returns it. */
export interface MeetingExportRow {
  meeting: MeetingListItem;
  organisationName: string | null;
}

export const meetingExport = defineExport<MeetingExportRow>({
  name: 'moeder',
  sheet: 'Møder',
  columns: [
    { header: 'Dato', type: 'date', value: (r) => r.meeting.date },
    { header: 'Starttid', type: 'text', value: (r) => r.meeting.startTime },
    { header: 'Sluttid', type: 'text', value: (r) => r.meeting.endTime },
    { header: 'Møde', type: 'text', value: (r) => r.meeting.title },
    { header: 'Mødetype', type: 'text', value: (r) => MEETING_KIND_LABELS[r.meeting.kind] ?? r.meeting.kind },
    { header: 'Boligorganisation', type: 'text', value: (r) => r.organisationName ?? '(alle)' },
    { header: 'Sted', type: 'text', value: (r) => r.meeting.location },
    { header: 'Status', type: 'text', value: (r) => MEETING_STATUS_LABELS[r.meeting.status] },
    { header: 'Indkaldt', type: 'date', value: (r) => r.meeting.invitedOn },
    { header: 'Offentliggjort', type: 'date', value: (r) => r.meeting.publishedOn },
    { header: 'Id', type: 'text', value: (r) => r.meeting.id },
  ],
});

/** An agreement as listAgreements returns it, with its organisation's name. */
export interface AgreementExportRow {
  agreement: Agreement & { overdue: boolean };
  organisationName: string;
}

export const agreementExport = defineExport<AgreementExportRow>({
  name: 'aftaler',
  sheet: 'Aftaler',
  columns: [
    { header: 'Boligorganisation', type: 'text', value: (r) => r.organisationName },
    { header: 'Styringsår', type: 'integer', value: (r) => r.agreement.steeringYear },
    { header: 'Aftalt', type: 'date', value: (r) => r.agreement.agreedOn },
    {
      header: 'Målområde',
      type: 'text',
      value: (r) => OBJECTIVE_AREA_LABELS[r.agreement.objectiveArea] ?? r.agreement.objectiveArea,
    },
    { header: 'Aftale', type: 'text', value: (r) => r.agreement.text },
    { header: 'Mål', type: 'text', value: (r) => r.agreement.target },
    { header: 'Ansvarlig', type: 'text', value: (r) => responsibleText(r.agreement.responsible) },
    { header: 'Frist', type: 'date', value: (r) => r.agreement.deadline },
    { header: 'Status', type: 'text', value: (r) => AGREEMENT_STATUS_LABELS[r.agreement.status] },
    { header: 'Over fristen', type: 'boolean', value: (r) => r.agreement.overdue },
    { header: 'Id', type: 'text', value: (r) => r.agreement.id },
  ],
});

export const complianceExport = defineExport<AssessedObligationView>({
  name: 'forpligtelser',
  sheet: 'Forpligtelser',
  columns: [
    { header: 'Forpligtelse', type: 'text', value: (o) => o.label },
    { header: 'Boligorganisation', type: 'text', value: (o) => o.organisation?.name ?? '(alle)' },
    { header: 'Periode', type: 'text', value: (o) => o.periodLabel },
    { header: 'Periode fra', type: 'date', value: (o) => o.periodStart },
    { header: 'Periode til', type: 'date', value: (o) => o.periodEnd },
    { header: 'Frist', type: 'date', value: (o) => o.dueBy },
    { header: 'Lovkrav', type: 'boolean', value: (o) => o.statutory },
    { header: 'Status', type: 'text', value: (o) => o.statusLabel },
    { header: 'Opfyldt den', type: 'date', value: (o) => o.completedOn },
    { header: 'For sent', type: 'boolean', value: (o) => o.completedLate },
    { header: 'Grundlag', type: 'text', value: (o) => o.basis },
    { header: 'Id', type: 'text', value: (o) => o.id },
  ],
});

/** A stored political case as listPoliticalCases returns it. */
export interface PoliticalCaseExportRow {
  id: string;
  politicalCase: PoliticalCase;
  adoptedModels: { name: string; version: number }[];
}

export const politicalCaseExport = defineExport<PoliticalCaseExportRow>({
  name: 'politiske-sager',
  sheet: 'Politiske sager',
  columns: [
    { header: 'Sagsnr.', type: 'text', value: (s) => s.politicalCase.caseNumber },
    { header: 'Titel', type: 'text', value: (s) => s.politicalCase.title },
    {
      header: 'Sagsgang',
      type: 'text',
      value: (s) => s.politicalCase.route.map((b) => b.abbreviation ?? b.name).join(', ') || null,
    },
    {
      header: 'Seneste beslutning, organ',
      type: 'text',
      value: (s) => {
        const last = s.politicalCase.decisions.at(-1);
        return last ? (last.body.abbreviation ?? last.body.name) : null;
      },
    },
    {
      header: 'Seneste beslutning, dato',
      type: 'date',
      value: (s) => s.politicalCase.decisions.at(-1)?.date ?? null,
    },
    {
      header: 'Styringsmodel',
      type: 'text',
      value: (s) => s.adoptedModels.map((m) => `${m.name}, version ${m.version}`).join('; ') || null,
    },
    { header: 'Id', type: 'text', value: (s) => s.id },
  ],
});

/** A person with the organisations their roles name. */
export interface PersonExportRow {
  person: Person;
  organisations: readonly HousingOrganisation[];
}

const CONTACT_HEADERS = new Set(['E-mail', 'Telefon']);

export const personExport = defineExport<PersonExportRow>({
  name: 'personer',
  sheet: 'Personer',
  columns: [
    { header: 'Id', type: 'text', value: (r) => r.person.id },
    { header: 'Navn', type: 'text', value: (r) => r.person.name },
    { header: 'E-mail', type: 'text', value: (r) => r.person.email },
    { header: 'Telefon', type: 'text', value: (r) => r.person.phone },
    {
      header: 'Roller',
      type: 'text',
      value: (r) => r.person.roles.map((role) => roleText(role, r.organisations)).join('; '),
    },
  ],
});

// The tables of each list, from its use case's own output (so the viewer's scope applies).

const suffix = (code: string, extra?: string | number | null) =>
  extra === undefined || extra === null ? code : `${code}-${extra}`;

export function organisationsTable(out: Awaited<ReturnType<typeof listOrganisations.run>>): ExportTable {
  return exportTable(
    organisationExport,
    out.organisations,
    undefined,
    `boligorganisationer-${out.municipality.code}`,
  );
}

/** Contact columns only when the list shows them (app/registry/contact-access.ts). */
export function peopleTable(out: Awaited<ReturnType<typeof listPeople.run>>): ExportTable {
  return exportTable(
    personExport,
    out.persons.map((person) => ({ person, organisations: out.organisations })),
    (c) => out.contactVisible || !CONTACT_HEADERS.has(c.header),
    `personer-${out.municipality.code}`,
  );
}

export function departmentsTable(municipality: string, rows: readonly DepartmentExportRow[]): ExportTable {
  return exportTable(departmentExport, rows, undefined, `afdelinger-${municipality}`);
}

export function meetingsTable(
  municipality: string,
  out: Awaited<ReturnType<typeof listMeetings.run>>,
): ExportTable {
  return exportTable(meetingExport, out.meetings, undefined, `moeder-${suffix(municipality, out.year)}`);
}

export function agreementsTable(out: Awaited<ReturnType<typeof listAgreements.run>>): ExportTable {
  const names = new Map(out.organisations.map((o) => [o.id, o.name]));
  return exportTable(
    agreementExport,
    out.agreements.map((agreement) => ({
      agreement,
      organisationName: names.get(agreement.organisationId) ?? agreement.organisationId,
    })),
    undefined,
    `aftaler-${out.municipality.code}`,
  );
}

export function complianceTable(out: Awaited<ReturnType<typeof complianceGrid.run>>): ExportTable {
  return exportTable(
    complianceExport,
    out.current.obligations,
    undefined,
    `forpligtelser-${out.municipality.code}-${out.year}`,
  );
}

export function politicalCasesTable(out: Awaited<ReturnType<typeof listPoliticalCases.run>>): ExportTable {
  return exportTable(politicalCaseExport, out.cases, undefined, `politiske-sager-${out.municipality.code}`);
}
