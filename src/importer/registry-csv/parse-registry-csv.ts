/**
 * The registry CSV import: one file with a `type` column (organisation | afdeling | person), read
 * into organisations, departments and people keyed for upsert, with every problem listed by line
 * and column. Format: docs/registry-csv.md.
 *
 * Never throws on bad content. Does not touch the database: the caller imports all rows in one
 * transaction when `problems` is empty, and none otherwise.
 */

import { parseRowType } from './cells.ts';
import {
  COLUMNS_BY_TYPE,
  EXPORT_ONLY_COLUMNS,
  isRegistryColumn,
  normaliseHeader,
  REGISTRY_COLUMNS,
  type RegistryColumn,
} from './columns.ts';
import { readCsvFile } from './read-csv-file.ts';
import { type DepartmentLine, readDepartmentLine } from './read-department.ts';
import { type OrganisationLine, readOrganisationLine } from './read-organisation.ts';
import { type PersonLine, readPersonLine } from './read-person.ts';
import type { CsvRecord } from './read-records.ts';
import { resolveDepartments, resolveOrganisations, resolvePersons } from './resolve.ts';
import type { CsvRow } from './row.ts';
import type { CsvProblem, RegistryCsvOptions, RegistryCsvResult } from './types.ts';

const REQUIRED_COLUMNS: readonly RegistryColumn[] = ['type', 'navn'];

interface Header {
  /** Column per cell position; null for a blank header cell. */
  columns: (RegistryColumn | null)[];
  problems: CsvProblem[];
}

function readHeader(record: CsvRecord): Header {
  const problems: CsvProblem[] = [];
  const columns: (RegistryColumn | null)[] = [];
  const seen = new Set<RegistryColumn>();
  for (const raw of record.cells) {
    const name = normaliseHeader(raw);
    if (name === '' || EXPORT_ONLY_COLUMNS.includes(name)) {
      columns.push(null);
    } else if (!isRegistryColumn(name)) {
      columns.push(null);
      problems.push({
        line: record.line,
        column: raw.trim(),
        message: `Kolonnen »${raw.trim()}« kendes ikke. Kolonnerne er: ${REGISTRY_COLUMNS.join(', ')}`,
      });
    } else if (seen.has(name)) {
      columns.push(null);
      problems.push({
        line: record.line,
        column: name,
        message: `Kolonnen ${name} står to gange i overskriften`,
      });
    } else {
      seen.add(name);
      columns.push(name);
    }
  }
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required)) {
      problems.push({
        line: record.line,
        column: required,
        message: `Overskriften mangler kolonnen ${required}`,
      });
    }
  }
  return { columns, problems };
}

function toRow(record: CsvRecord, header: Header, problems: CsvProblem[]): CsvRow {
  const cells = new Map<RegistryColumn, string>();
  record.cells.forEach((text, i) => {
    const column = header.columns[i];
    if (column !== undefined && column !== null) {
      cells.set(column, text);
    } else if (text.trim() !== '' && i >= header.columns.length) {
      problems.push({
        line: record.line,
        column: null,
        message:
          `Linjen har flere felter (${record.cells.length}) end overskriften (${header.columns.length}). ` +
          'Måske står der et semikolon eller komma i en værdi uden anførselstegn.',
      });
    }
  });
  return { line: record.line, cells };
}

const EMPTY_ROWS = { organisations: [], departments: [], persons: [] };

export function parseRegistryCsv(
  input: Uint8Array | string,
  options: RegistryCsvOptions = {},
): RegistryCsvResult {
  const file = readCsvFile(input);
  const { records, format } = file;
  const problems: CsvProblem[] = [...file.problems];
  if (format.encoding === null) return { rows: EMPTY_ROWS, problems, format };

  const [headerRecord, ...dataRecords] = records;
  if (headerRecord === undefined) {
    problems.push({
      line: 1,
      column: null,
      message: 'Filen er tom: den skal have en overskrift og mindst én linje',
    });
    return { rows: EMPTY_ROWS, problems, format };
  }
  const header = readHeader(headerRecord);
  problems.push(...header.problems);
  if (!header.columns.includes('type')) return { rows: EMPTY_ROWS, problems: sortProblems(problems), format };
  if (dataRecords.length === 0) {
    problems.push({
      line: headerRecord.line,
      column: null,
      message: 'Filen har kun en overskrift og ingen linjer med data',
    });
  }

  const organisationLines: OrganisationLine[] = [];
  const departmentLines: DepartmentLine[] = [];
  const personLines: PersonLine[] = [];
  for (const record of dataRecords) {
    const row = toRow(record, header, problems);
    const type = parseRowType(row.cells.get('type') ?? '');
    if (!type.ok) {
      problems.push({ line: row.line, column: 'type', message: type.message });
      continue;
    }
    for (const [column, value] of row.cells) {
      if (value.trim() !== '' && !COLUMNS_BY_TYPE[type.value].includes(column)) {
        problems.push({
          line: row.line,
          column,
          message: `Kolonnen ${column} bruges ikke for type ${type.value}: lad den være tom`,
        });
      }
    }
    if (type.value === 'organisation') organisationLines.push(readOrganisationLine(row));
    else if (type.value === 'afdeling') departmentLines.push(readDepartmentLine(row));
    else personLines.push(readPersonLine(row));
  }
  for (const line of [...organisationLines, ...departmentLines, ...personLines])
    problems.push(...line.problems);

  const known = options.knownOrganisations ?? [];
  const organisations = resolveOrganisations(organisationLines, known);
  const departments = resolveDepartments(departmentLines, organisations.directory);
  const persons = resolvePersons(personLines, organisations.directory);
  problems.push(...organisations.problems, ...departments.problems, ...persons.problems);

  return {
    rows: { organisations: organisations.rows, departments: departments.rows, persons: persons.rows },
    problems: sortProblems(problems),
    format,
  };
}

/** By line; within a line, in the order the problems were found. */
function sortProblems(problems: CsvProblem[]): CsvProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
}
