/**
 * One `afdeling` line → a parsed department (validated by the domain's department schema). The
 * owning organisation is named by its CVR in the `cvr` column; whether it exists, and whether the
 * department number repeats, is checked against the whole file later.
 */
import { cvrProblem, cvrProblemMessage, normaliseCvr } from '../../domain/registry/cvr.ts';
import {
  normaliseDepartmentNumber,
  validateDepartmentCreate,
} from '../../domain/registry/validate-department.ts';
import { homesFromCell, municipalityFromCell, parseDepartmentKind } from './cells.ts';
import type { RegistryColumn } from './columns.ts';
import { departmentKey } from './keys.ts';
import { type CsvRow, cell, RowProblems } from './row.ts';
import type { CsvProblem, ParsedDepartment } from './types.ts';

export interface DepartmentLine {
  line: number;
  /** The owning organisation's CVR when valid, even if other cells have problems. */
  organisationCvr: string | null;
  /** The normalised department number when readable, even if other cells have problems. */
  lbfNumber: string | null;
  parsed: ParsedDepartment | null;
  problems: CsvProblem[];
}

const COLUMN_OF_FIELD: Record<string, RegistryColumn> = {
  lbfNumber: 'lbf_nr',
  name: 'navn',
  address: 'adresse',
  locationMunicipality: 'kommune',
  homes: 'boliger',
  kind: 'art',
  hasDepartmentBoard: 'afdelingsbestyrelse',
  organisationId: 'cvr',
};

export function readDepartmentLine(row: CsvRow): DepartmentLine {
  const problems = new RowProblems(row.line);
  const typedCvr = cell(row, 'cvr');
  const cvr = normaliseCvr(typedCvr);
  const cvrIssue = cvrProblem(cvr);
  if (cvrIssue === 'empty') problems.add('cvr', 'CVR-nummer på afdelingens boligorganisation skal udfyldes');
  else if (cvrIssue !== null) problems.add('cvr', cvrProblemMessage(cvrIssue, typedCvr));
  const kind = parseDepartmentKind(cell(row, 'art'));
  if (!kind.ok) problems.add('art', kind.message);

  const result = validateDepartmentCreate({
    // The organisation id does not exist yet: its CVR stands in, and is resolved by the caller.
    organisationId: cvr,
    lbfNumber: cell(row, 'lbf_nr'),
    name: cell(row, 'navn'),
    address: cell(row, 'adresse'),
    locationMunicipality: municipalityFromCell(cell(row, 'kommune')),
    homes: homesFromCell(cell(row, 'boliger')),
    kind: kind.ok ? kind.value : cell(row, 'art'),
    hasDepartmentBoard: cell(row, 'afdelingsbestyrelse'),
  });
  if (!result.ok) problems.addFieldErrors(result.errors, (field) => COLUMN_OF_FIELD[field] ?? null);
  const number = cell(row, 'lbf_nr');
  const identity = {
    line: row.line,
    organisationCvr: cvrIssue === null ? cvr : null,
    lbfNumber: /^\d{1,5}$/.test(number) ? normaliseDepartmentNumber(number) : null,
  };
  if (!result.ok || problems.list.length > 0) return { ...identity, parsed: null, problems: problems.list };

  const { organisationId: _cvr, ...value } = result.value;
  return {
    ...identity,
    parsed: { key: departmentKey(cvr, value.lbfNumber), line: row.line, organisationCvr: cvr, ...value },
    problems: [],
  };
}
