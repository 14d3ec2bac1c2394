/**
 * The bulk status file: open agreements exported to CSV, statuses filled in by the municipality
 * (typically in Excel), read back. This module holds the columns, the export rows and the
 * validation of the rows read back — the file as a whole: every problem is reported with its line
 * and column, and the caller applies the changes only when there is none.
 *
 * Only the columns Status, Dato, Note and Link are read; the others (organisation, text, …) are
 * there for the reader and ignored on import. Decoding bytes and splitting lines is the
 * importer's job (importer/agreements-csv).
 */
import { isBlank } from '../registry/field-schemas.ts';
import { compareDanish } from '../shared/danish-order.ts';
import { formatDate, parseDate } from '../shared/date-input.ts';
import { danishDate, type IsoDate } from '../shared/iso-date.ts';
import { compareForFollowUp } from './follow-up.ts';
import { OBJECTIVE_AREA_LABELS, STATUS_LABELS } from './labels.ts';
import { checkStatusChange, isClosed } from './status-rules.ts';
import { AGREEMENT_STATUSES, type Agreement, type AgreementStatus } from './types.ts';
import { optionalLink } from './validate-agreement.ts';

export const STATUS_CSV_COLUMNS = [
  'id',
  'organisation',
  'steeringYear',
  'objectiveArea',
  'text',
  'deadline',
  'status',
  'date',
  'note',
  'evidenceUrl',
] as const;

export type StatusCsvColumn = (typeof STATUS_CSV_COLUMNS)[number];

/** The header each column is written with. */
export const STATUS_CSV_HEADERS: Record<StatusCsvColumn, string> = {
  id: 'Id',
  organisation: 'Boligorganisation',
  steeringYear: 'Styringsår',
  objectiveArea: 'Målområde',
  text: 'Aftale',
  deadline: 'Deadline',
  status: 'Status',
  date: 'Dato',
  note: 'Note',
  evidenceUrl: 'Link',
};

/** Header spellings read back (lower case, spaces collapsed): Danish headers, code names, ASCII forms. */
const HEADER_ALIASES: Record<string, StatusCsvColumn> = {
  id: 'id',
  'aftale-id': 'id',
  boligorganisation: 'organisation',
  organisation: 'organisation',
  styringsår: 'steeringYear',
  styringsaar: 'steeringYear',
  steeringyear: 'steeringYear',
  målområde: 'objectiveArea',
  maalomraade: 'objectiveArea',
  objectivearea: 'objectiveArea',
  aftale: 'text',
  text: 'text',
  deadline: 'deadline',
  frist: 'deadline',
  status: 'status',
  'ny status': 'status',
  dato: 'date',
  date: 'date',
  note: 'note',
  bemærkning: 'note',
  link: 'evidenceUrl',
  dokumentation: 'evidenceUrl',
  evidenceurl: 'evidenceUrl',
};

export const REQUIRED_STATUS_CSV_COLUMNS: readonly StatusCsvColumn[] = ['id', 'status'];

/** The column a header cell names, or null for an unknown header. */
export function statusCsvColumn(header: string): StatusCsvColumn | null {
  const key = header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  return HEADER_ALIASES[key] ?? null;
}

/** The header row of the export. */
export function statusCsvHeaderRow(): string[] {
  return STATUS_CSV_COLUMNS.map((c) => STATUS_CSV_HEADERS[c]);
}

/**
 * One export row; Dato, Note and Link are left blank for the municipality to fill in. Dates are
 * written dd-mm-åååå, like every human CSV export (docs/agreement-status-csv.md).
 */
export function statusCsvRow(agreement: Agreement, organisationName: string): (string | number)[] {
  return [
    agreement.id,
    organisationName,
    agreement.steeringYear,
    OBJECTIVE_AREA_LABELS[agreement.objectiveArea],
    agreement.text,
    agreement.deadline === null ? '' : formatDate(agreement.deadline),
    STATUS_LABELS[agreement.status],
    '',
    '',
    '',
  ];
}

/**
 * The agreements the export holds: the open ones, oldest steering year first, then by
 * organisation in Danish alphabetical order (`organisationName`, by default the id), then as the
 * follow-up lists them (deadline, text).
 */
export function agreementsForStatusExport(
  agreements: readonly Agreement[],
  organisationName: (organisationId: string) => string = (id) => id,
): Agreement[] {
  return agreements
    .filter((a) => !isClosed(a.status))
    .sort(
      (a, b) =>
        a.steeringYear - b.steeringYear ||
        compareDanish(organisationName(a.organisationId), organisationName(b.organisationId)) ||
        compareForFollowUp(a, b),
    );
}

const STATUS_WORDS: Record<string, AgreementStatus> = {
  ...Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s.toLowerCase(), s])),
  ...Object.fromEntries(
    Object.entries(STATUS_LABELS).map(([s, label]) => [label.toLowerCase(), s as AgreementStatus]),
  ),
  igang: 'inProgress',
  'i gang': 'inProgress',
  påbegyndt: 'inProgress',
  'ikke-opfyldt': 'notFulfilled',
  droppet: 'dropped',
  opgivet: 'dropped',
};

/** A status as a person types it: Danish label or code name, any case. */
export function parseStatusWord(text: string): AgreementStatus | null {
  return STATUS_WORDS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export interface StatusCsvRowInput {
  /** The file line the row starts on, as the user sees it. */
  line: number;
  cells: ReadonlyMap<StatusCsvColumn, string>;
}

export interface StatusCsvProblem {
  line: number;
  /** The column's header as exported (e.g. `Status`), or null for the line as a whole. */
  column: string | null;
  message: string;
}

export interface PlannedStatusChange {
  line: number;
  agreementId: string;
  from: AgreementStatus;
  to: AgreementStatus;
  date: IsoDate;
  note: string | null;
  evidenceUrl: string | null;
}

export interface StatusCsvValidation {
  changes: PlannedStatusChange[];
  /** Rows whose status equals the stored one. */
  unchanged: number;
  problems: StatusCsvProblem[];
}

const cellOf = (row: StatusCsvRowInput, column: StatusCsvColumn) => (row.cells.get(column) ?? '').trim();

/**
 * Checks every row against the stored agreements the importer may change (`agreements`: an id
 * outside it is "not found"). A row whose status is unchanged is skipped; a changed one must pass
 * the status rules (a closing needs a note). Rows naming the same agreement twice are refused.
 * The date defaults to `today`.
 */
export function validateStatusRows(
  rows: readonly StatusCsvRowInput[],
  agreements: readonly Agreement[],
  today: IsoDate,
): StatusCsvValidation {
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const firstLineOf = new Map<string, number>();
  const changes: PlannedStatusChange[] = [];
  const problems: StatusCsvProblem[] = [];
  let unchanged = 0;
  const link = optionalLink('Link');

  for (const row of rows) {
    const rowProblems: StatusCsvProblem[] = [];
    const add = (column: StatusCsvColumn | null, message: string) =>
      rowProblems.push({
        line: row.line,
        column: column === null ? null : STATUS_CSV_HEADERS[column],
        message,
      });

    const id = cellOf(row, 'id');
    const agreement = byId.get(id);
    if (id === '') add('id', 'Id skal udfyldes (kopier linjen fra den eksporterede fil)');
    else if (!agreement) add('id', `Aftalen med id »${id}« findes ikke, eller du har ikke adgang til den`);
    else if (firstLineOf.has(id)) add('id', `Aftalen står allerede i linje ${firstLineOf.get(id)}`);
    else firstLineOf.set(id, row.line);

    const statusText = cellOf(row, 'status');
    const status = parseStatusWord(statusText);
    if (statusText === '') {
      add('status', 'Status skal udfyldes (lad den nuværende status stå, hvis aftalen ikke er ændret)');
    } else if (status === null) {
      add(
        'status',
        `Status »${statusText}« kendes ikke. Skriv en af: ${Object.values(STATUS_LABELS).join(', ')}`,
      );
    }

    const dateText = cellOf(row, 'date');
    let date: IsoDate = today;
    if (dateText !== '') {
      const read = parseDate(dateText, 'Dato');
      if (read.ok) date = read.value;
      else add('date', read.message);
    }
    const noteText = cellOf(row, 'note');
    const note = noteText === '' ? null : noteText;
    if (note !== null && note.length > 4000) add('note', 'Note må højst være 4000 tegn');
    const linkResult = link.safeParse(cellOf(row, 'evidenceUrl'));
    const evidenceUrl = linkResult.success ? linkResult.data : null;
    if (!linkResult.success) add('evidenceUrl', linkResult.error.issues[0]?.message ?? 'Ugyldigt link');

    if (agreement && status !== null && rowProblems.length === 0) {
      if (status === agreement.status) {
        const extra = (['date', 'note', 'evidenceUrl'] as const).find((c) => !isBlank(row.cells.get(c)));
        if (extra) {
          add(
            extra,
            `Status er uændret (»${STATUS_LABELS[status]}«): ${STATUS_CSV_HEADERS[extra].toLowerCase()} gemmes kun sammen med en ny status`,
          );
        } else {
          unchanged += 1;
        }
      } else {
        for (const e of checkStatusChange(agreement, { status, date, note }, today)) {
          add(e.field === 'note' ? 'note' : e.field === 'date' ? 'date' : 'status', e.message);
        }
        if (rowProblems.length === 0) {
          changes.push({
            line: row.line,
            agreementId: agreement.id,
            from: agreement.status,
            to: status,
            date,
            note,
            evidenceUrl,
          });
        }
      }
    }
    problems.push(...rowProblems);
  }
  return { changes, unchanged, problems };
}

/** A one-line Danish description of a planned change, for previews and CLI output. */
export function describeStatusChange(change: PlannedStatusChange): string {
  return `Linje ${change.line}: ${change.agreementId} ${STATUS_LABELS[change.from]} → ${STATUS_LABELS[change.to]} (${danishDate(change.date)})`;
}
