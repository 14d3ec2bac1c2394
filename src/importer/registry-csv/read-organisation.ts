/**
 * One `organisation` line → a parsed organisation (validated by the domain's organisation schema)
 * plus what its `administreres_af` cell says, which is resolved against the whole file later.
 */
import { cvrProblem, cvrProblemMessage, normaliseCvr } from '../../domain/registry/cvr.ts';
import type { OrganisationKind } from '../../domain/registry/types.ts';
import { validateOrganisationCreate } from '../../domain/registry/validate-organisation.ts';
import { municipalityFromCell, parseDateCell, parseOrganisationKind } from './cells.ts';
import type { RegistryColumn } from './columns.ts';
import { organisationKey } from './keys.ts';
import { type CsvRow, cell, RowProblems } from './row.ts';
import type { CsvProblem, ParsedOrganisation } from './types.ts';

/** What `administreres_af` says before it is resolved: nothing/"selv", a CVR number, or a name. */
export type AdministeredByCell =
  | { kind: 'self' }
  | { kind: 'cvr'; cvr: string }
  | { kind: 'name'; name: string };

export interface OrganisationLine {
  line: number;
  /** The organisation's CVR when it is valid, even if other cells have problems (to resolve references). */
  cvr: string | null;
  name: string;
  /** The organisation's kind when readable, even if other cells have problems. */
  kind: OrganisationKind | null;
  /** Null when the line has problems. */
  parsed: Omit<ParsedOrganisation, 'administeredBy'> | null;
  administeredBy: AdministeredByCell | null;
  problems: CsvProblem[];
}

const COLUMN_OF_FIELD: Record<string, RegistryColumn> = {
  name: 'navn',
  cvr: 'cvr',
  lbfNumber: 'lbf_nr',
  kind: 'art',
  seatMunicipality: 'hjemkommune',
  accountingYearEnd: 'regnskabsaar_slut',
  activeFrom: 'aktiv_fra',
  activeTo: 'aktiv_til',
};

function readAdministeredBy(text: string, problems: RowProblems): AdministeredByCell | null {
  const t = text.trim();
  if (t === '' || t.toLocaleLowerCase('da') === 'selv') return { kind: 'self' };
  const digits = normaliseCvr(t);
  if (/^\d+$/.test(digits)) {
    const problem = cvrProblem(digits);
    if (problem === null) return { kind: 'cvr', cvr: digits };
    problems.add('administreres_af', cvrProblemMessage(problem, t));
    return null;
  }
  return { kind: 'name', name: t };
}

export function readOrganisationLine(row: CsvRow): OrganisationLine {
  const problems = new RowProblems(row.line);
  const kind = parseOrganisationKind(cell(row, 'art'));
  if (!kind.ok) problems.add('art', kind.message);
  const from = parseDateCell(cell(row, 'aktiv_fra'), 'Aktiv fra');
  if (!from.ok) problems.add('aktiv_fra', from.message);
  const to = parseDateCell(cell(row, 'aktiv_til'), 'Aktiv til');
  if (!to.ok) problems.add('aktiv_til', to.message);
  const administeredBy = readAdministeredBy(cell(row, 'administreres_af'), problems);

  const result = validateOrganisationCreate({
    name: cell(row, 'navn'),
    cvr: cell(row, 'cvr'),
    lbfNumber: cell(row, 'lbf_nr'),
    kind: kind.ok ? kind.value : cell(row, 'art'),
    seatMunicipality: municipalityFromCell(cell(row, 'hjemkommune')),
    // The schema reads dd-mm itself (shared/date-input.ts#parseDayMonth): passing an already
    // converted "MM-DD" would be read day-first a second time.
    accountingYearEnd: cell(row, 'regnskabsaar_slut'),
    activeFrom: from.ok ? from.value : cell(row, 'aktiv_fra'),
    activeTo: to.ok ? to.value : null,
  });
  if (!result.ok) problems.addFieldErrors(result.errors, (field) => COLUMN_OF_FIELD[field] ?? null);

  const typedCvr = normaliseCvr(cell(row, 'cvr'));
  const cvr = cvrProblem(typedCvr) === null ? typedCvr : null;
  if (!result.ok || problems.list.length > 0) {
    const kindOrNull = kind.ok ? kind.value : null;
    return {
      line: row.line,
      cvr,
      name: cell(row, 'navn'),
      kind: kindOrNull,
      parsed: null,
      administeredBy,
      problems: problems.list,
    };
  }
  const { administeredBy: _self, ...value } = result.value;
  return {
    line: row.line,
    cvr,
    name: value.name,
    kind: value.kind,
    parsed: { key: organisationKey(value.cvr), line: row.line, ...value },
    administeredBy,
    problems: [],
  };
}
