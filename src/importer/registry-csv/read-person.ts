/**
 * One `person` line → a person with at most one role (validated by the domain's person schema).
 * A person with several roles has one line per role; lines are merged by person key later.
 */
import { cvrProblem, cvrProblemMessage, normaliseCvr } from '../../domain/registry/cvr.ts';
import type { PersonRole } from '../../domain/registry/types.ts';
import { ROLE_LABELS, validatePersonCreate } from '../../domain/registry/validate-person.ts';
import { municipalityFromCell, parseDateCell, parseRoleKind } from './cells.ts';
import type { RegistryColumn } from './columns.ts';
import { personKey } from './keys.ts';
import { type CsvRow, cell, RowProblems } from './row.ts';
import type { CsvProblem, ParsedPersonRole } from './types.ts';

export interface PersonLine {
  line: number;
  parsed: {
    key: string;
    name: string;
    email: string | null;
    phone: string | null;
    role: ParsedPersonRole | null;
  } | null;
  problems: CsvProblem[];
}

/** The role columns each role uses (besides `rolle`, `aktiv_fra`, `aktiv_til`). */
const ROLE_COLUMNS: Record<PersonRole['kind'], readonly RegistryColumn[]> = {
  official: ['kommune', 'enhed'],
  mayor: ['kommune'],
  councilMember: ['kommune', 'parti'],
  boardChair: ['cvr'],
  boardViceChair: ['cvr'],
  boardMember: ['cvr'],
  administratorStaff: ['cvr'],
};

const ROLE_ONLY_COLUMNS: readonly RegistryColumn[] = [
  'cvr',
  'kommune',
  'enhed',
  'parti',
  'aktiv_fra',
  'aktiv_til',
];

const COLUMN_OF_FIELD: Record<string, RegistryColumn> = {
  name: 'navn',
  email: 'email',
  phone: 'telefon',
  'roles.0.kind': 'rolle',
  'roles.0.municipality': 'kommune',
  'roles.0.unit': 'enhed',
  'roles.0.party': 'parti',
  'roles.0.organisationId': 'cvr',
  'roles.0.from': 'aktiv_fra',
  'roles.0.to': 'aktiv_til',
};

function isOrganisationRole(
  kind: PersonRole['kind'],
): kind is Extract<ParsedPersonRole, { organisationCvr: string }>['kind'] {
  return ROLE_COLUMNS[kind].includes('cvr');
}

export function readPersonLine(row: CsvRow): PersonLine {
  const problems = new RowProblems(row.line);
  const roleKind = parseRoleKind(cell(row, 'rolle'));
  if (!roleKind.ok) problems.add('rolle', roleKind.message);
  const kind = roleKind.ok ? roleKind.value : null;

  if (roleKind.ok && kind === null) {
    const filled = ROLE_ONLY_COLUMNS.filter((column) => cell(row, column) !== '');
    if (filled.length > 0) problems.add('rolle', `Rolle skal udfyldes, når ${filled.join(', ')} er udfyldt`);
  }
  if (kind !== null) {
    for (const column of ROLE_ONLY_COLUMNS) {
      const used = column === 'aktiv_fra' || column === 'aktiv_til' || ROLE_COLUMNS[kind].includes(column);
      if (!used && cell(row, column) !== '') {
        problems.add(
          column,
          `Kolonnen ${column} bruges ikke for rollen ${ROLE_LABELS[kind]}: lad den være tom`,
        );
      }
    }
  }

  const from = parseDateCell(cell(row, 'aktiv_fra'), 'Aktiv fra');
  if (!from.ok) problems.add('aktiv_fra', from.message);
  const to = parseDateCell(cell(row, 'aktiv_til'), 'Aktiv til');
  if (!to.ok) problems.add('aktiv_til', to.message);

  let organisationCvr = '';
  if (kind !== null && isOrganisationRole(kind)) {
    const typed = cell(row, 'cvr');
    organisationCvr = normaliseCvr(typed);
    const issue = cvrProblem(organisationCvr);
    if (issue === 'empty')
      problems.add('cvr', `CVR-nummer på organisationen skal udfyldes for rollen ${ROLE_LABELS[kind]}`);
    else if (issue !== null) problems.add('cvr', cvrProblemMessage(issue, typed));
  }

  const role =
    kind === null
      ? []
      : [
          {
            kind,
            municipality: municipalityFromCell(cell(row, 'kommune')),
            unit: cell(row, 'enhed'),
            party: cell(row, 'parti'),
            // The organisation id does not exist yet: its CVR stands in.
            organisationId: organisationCvr,
            from: from.ok ? from.value : cell(row, 'aktiv_fra'),
            to: to.ok ? to.value : null,
          },
        ];
  const result = validatePersonCreate({
    name: cell(row, 'navn'),
    email: cell(row, 'email'),
    phone: cell(row, 'telefon'),
    roles: role,
  });
  if (!result.ok) problems.addFieldErrors(result.errors, (field) => COLUMN_OF_FIELD[field] ?? null);
  if (!result.ok || problems.list.length > 0)
    return { line: row.line, parsed: null, problems: problems.list };

  const { name, email, phone, roles } = result.value;
  const validRole = roles[0];
  let parsedRole: ParsedPersonRole | null = null;
  if (validRole !== undefined) {
    if ('organisationId' in validRole) {
      parsedRole = {
        kind: validRole.kind,
        organisationCvr: validRole.organisationId,
        from: validRole.from,
        to: validRole.to,
      };
    } else {
      parsedRole = validRole;
    }
  }
  return {
    line: row.line,
    parsed: { key: personKey({ email, name }), name, email, phone, role: parsedRole },
    problems: [],
  };
}
