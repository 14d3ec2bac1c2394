/**
 * Checks across lines, once every line has been read on its own: repeated organisations and
 * department numbers, references to organisations (in the file or already in the registry),
 * `administreres_af` by CVR or name, and merging a person's lines (one per role) into one person.
 */
import type { OrganisationKind } from '../../domain/registry/types.ts';
import { normalisePersonName } from './keys.ts';
import type { DepartmentLine } from './read-department.ts';
import type { OrganisationLine } from './read-organisation.ts';
import type { PersonLine } from './read-person.ts';
import type {
  AdministeredByRef,
  CsvProblem,
  KnownOrganisation,
  ParsedDepartment,
  ParsedOrganisation,
  ParsedPerson,
} from './types.ts';

interface DirectoryEntry {
  cvr: string;
  name: string;
  kind: OrganisationKind | null;
}

/** Every organisation the file may refer to: those in the file and those already in the registry. */
export class OrganisationDirectory {
  private readonly byCvr = new Map<string, DirectoryEntry>();

  add(entry: DirectoryEntry): void {
    this.byCvr.set(entry.cvr, entry);
  }

  get(cvr: string): DirectoryEntry | undefined {
    return this.byCvr.get(cvr);
  }

  /** Organisations whose name matches, ignoring case and extra spaces. */
  byName(name: string): DirectoryEntry[] {
    const wanted = normalisePersonName(name);
    return [...this.byCvr.values()].filter((e) => normalisePersonName(e.name) === wanted);
  }
}

const notFound = (cvr: string) =>
  `Organisationen med CVR-nummer ${cvr} findes hverken i filen eller i registret`;

export function resolveOrganisations(
  lines: readonly OrganisationLine[],
  known: readonly KnownOrganisation[],
): { rows: ParsedOrganisation[]; directory: OrganisationDirectory; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const directory = new OrganisationDirectory();
  for (const k of known) directory.add(k);

  const firstLine = new Map<string, number>();
  const unique: OrganisationLine[] = [];
  for (const line of lines) {
    if (line.cvr === null) continue;
    const first = firstLine.get(line.cvr);
    if (first !== undefined) {
      problems.push({
        line: line.line,
        column: 'cvr',
        message: `CVR-nummeret ${line.cvr} står også på linje ${first}`,
      });
      continue;
    }
    firstLine.set(line.cvr, line.line);
    // The file describes the organisation as it should be: it wins over the registry's copy.
    directory.add({ cvr: line.cvr, name: line.name, kind: line.kind });
    unique.push(line);
  }

  const rows: ParsedOrganisation[] = [];
  for (const line of unique) {
    if (line.parsed === null || line.administeredBy === null) continue;
    const resolved = resolveAdministeredBy(line, directory);
    if ('problem' in resolved)
      problems.push({ line: line.line, column: 'administreres_af', message: resolved.problem });
    else rows.push({ ...line.parsed, administeredBy: resolved.ref });
  }
  return { rows, directory, problems };
}

function resolveAdministeredBy(
  line: OrganisationLine,
  directory: OrganisationDirectory,
): { ref: AdministeredByRef } | { problem: string } {
  const cell = line.administeredBy;
  if (cell === null || cell.kind === 'self') return { ref: { kind: 'self' } };
  let entry: DirectoryEntry | undefined;
  if (cell.kind === 'cvr') {
    entry = directory.get(cell.cvr);
    if (entry === undefined) return { problem: notFound(cell.cvr) };
  } else {
    const matches = directory.byName(cell.name);
    if (matches.length > 1) {
      return { problem: `Navnet »${cell.name}« passer på flere organisationer: skriv CVR-nummeret i stedet` };
    }
    // A name that is no organisation's is a private administrator (e.g. an ApS).
    if (matches.length === 0) return { ref: { kind: 'privateAdministrator', name: cell.name } };
    entry = matches[0];
  }
  if (entry === undefined || entry.cvr === line.cvr) return { ref: { kind: 'self' } };
  return {
    ref: {
      kind: entry.kind === 'administrationOrganisation' ? 'administrationOrganisation' : 'otherOrganisation',
      cvr: entry.cvr,
    },
  };
}

export function resolveDepartments(
  lines: readonly DepartmentLine[],
  directory: OrganisationDirectory,
): { rows: ParsedDepartment[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const rows: ParsedDepartment[] = [];
  const firstLine = new Map<string, number>();
  for (const line of lines) {
    let ok = line.parsed !== null;
    if (line.organisationCvr !== null && directory.get(line.organisationCvr) === undefined) {
      problems.push({ line: line.line, column: 'cvr', message: notFound(line.organisationCvr) });
      ok = false;
    }
    if (line.organisationCvr !== null && line.lbfNumber !== null) {
      // LBF department numbers are unique within their organisation (validate-department.ts).
      const id = `${line.organisationCvr}:${line.lbfNumber}`;
      const first = firstLine.get(id);
      if (first !== undefined) {
        problems.push({
          line: line.line,
          column: 'lbf_nr',
          message: `Afdelingsnummer ${line.lbfNumber} for organisationen med CVR-nummer ${line.organisationCvr} står også på linje ${first}`,
        });
        ok = false;
      } else {
        firstLine.set(id, line.line);
      }
    }
    if (ok && line.parsed !== null) rows.push(line.parsed);
  }
  return { rows, problems };
}

type ValidPersonLine = PersonLine & { parsed: NonNullable<PersonLine['parsed']> };

/**
 * Lines of the same person (same key) become one person with all their roles. A line without
 * e-mail joins the one person in the file with that name and an e-mail, if there is exactly one.
 */
export function resolvePersons(
  lines: readonly PersonLine[],
  directory: OrganisationDirectory,
): { rows: ParsedPerson[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const valid = lines.filter((l): l is ValidPersonLine => l.parsed !== null);

  const emailKeysByName = new Map<string, Set<string>>();
  for (const l of valid) {
    if (l.parsed.email === null) continue;
    const name = normalisePersonName(l.parsed.name);
    emailKeysByName.set(name, (emailKeysByName.get(name) ?? new Set()).add(l.parsed.key));
  }
  const groups = new Map<string, ValidPersonLine[]>();
  for (const l of valid) {
    const sameName = emailKeysByName.get(normalisePersonName(l.parsed.name));
    const key = l.parsed.email === null && sameName?.size === 1 ? [...sameName][0]! : l.parsed.key;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }

  const rows: ParsedPerson[] = [];
  for (const [key, group] of groups) {
    const first = group[0]!;
    const person: ParsedPerson = {
      key,
      lines: [],
      name: first.parsed.name,
      email: null,
      phone: null,
      roles: [],
    };
    const roleLines: number[] = [];
    let ok = true;
    const problem = (line: number, column: string, message: string) => {
      problems.push({ line, column, message });
      ok = false;
    };
    for (const l of group) {
      const p = l.parsed;
      person.lines.push(l.line);
      if (p.email !== null && normalisePersonName(p.name) !== normalisePersonName(person.name)) {
        problem(
          l.line,
          'navn',
          `E-mailadressen ${p.email} står på linje ${first.line} med navnet »${person.name}«`,
        );
      }
      person.email ??= p.email;
      if (p.phone !== null && person.phone !== null && p.phone !== person.phone) {
        problem(
          l.line,
          'telefon',
          `Telefonnummeret afviger fra linje ${first.line} (${person.phone}) for samme person`,
        );
      }
      person.phone ??= p.phone;
      const role = p.role;
      if (role === null) continue;
      if ('organisationCvr' in role && directory.get(role.organisationCvr) === undefined) {
        problem(l.line, 'cvr', notFound(role.organisationCvr));
        continue;
      }
      const same = person.roles.findIndex((r) => JSON.stringify(r) === JSON.stringify(role));
      if (same !== -1) {
        problem(l.line, 'rolle', `Samme rolle med samme periode står også på linje ${roleLines[same]}`);
        continue;
      }
      person.roles.push(role);
      roleLines.push(l.line);
    }
    if (ok) rows.push(person);
  }
  return { rows, problems };
}
