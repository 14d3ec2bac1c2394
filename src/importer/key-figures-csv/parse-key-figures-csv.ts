/**
 * The key figure CSV import (docs/key-figures-csv.md): one figure per line — LBF organisation
 * number, department number (blank for the organisation), steering year, figure code, value,
 * unit. Decoding, separator and records come from the registry importer (read-csv-file.ts).
 *
 * Never throws on bad content and does not touch the database: every problem is returned with
 * its line and column, and the caller imports all figures or none.
 */
import { figureDefinition, normaliseFigureCode, unitMatches } from '../../domain/key-figures/figure-codes.ts';
import { parseDanishNumber } from '../../domain/key-figures/parse-number.ts';
import { normaliseDepartmentNumber } from '../../domain/registry/validate-department.ts';
import { normaliseHeader } from '../registry-csv/columns.ts';
import { type CsvFormat, readCsvFile } from '../registry-csv/read-csv-file.ts';
import type { CsvProblem } from '../registry-csv/types.ts';

export const KEY_FIGURE_COLUMNS = [
  'lbf_org_nr',
  'afdeling_nr',
  'styringsaar',
  'kode',
  'vaerdi',
  'enhed',
] as const;
export type KeyFigureColumn = (typeof KEY_FIGURE_COLUMNS)[number];
const REQUIRED: readonly KeyFigureColumn[] = ['lbf_org_nr', 'styringsaar', 'kode', 'vaerdi'];

/** The organisation value that marks a national figure (the national median). */
export const NATIONAL = 'landsplan';

export interface KnownKeyFigureOrganisation {
  id: string;
  lbfNumber: string | null;
  departments: readonly { id: string; lbfNumber: string }[];
}

export interface ParsedKeyFigure {
  line: number;
  organisationId: string | null;
  departmentId: string | null;
  steeringYear: number;
  code: string;
  known: boolean;
  value: number;
  unit: string;
}

export interface KeyFigureCsvResult {
  figures: ParsedKeyFigure[];
  problems: CsvProblem[];
  format: CsvFormat;
}

/** Steering years a file may carry: LBF's figures begin in the 2000s. */
const YEARS = { from: 2000, to: 2100 };

export function parseKeyFiguresCsv(
  input: Uint8Array | string,
  organisations: readonly KnownKeyFigureOrganisation[],
): KeyFigureCsvResult {
  const file = readCsvFile(input);
  const problems: CsvProblem[] = [...file.problems];
  const figures: ParsedKeyFigure[] = [];
  const [header, ...rows] = file.records;
  if (file.format.encoding === null) return { figures, problems, format: file.format };
  if (header === undefined) {
    problems.push({
      line: 1,
      column: null,
      message: 'Filen er tom: den skal have en overskrift og mindst én linje',
    });
    return { figures, problems, format: file.format };
  }
  const columns = header.cells.map((c) => {
    const name = normaliseHeader(c);
    return (KEY_FIGURE_COLUMNS as readonly string[]).includes(name) ? (name as KeyFigureColumn) : null;
  });
  header.cells.forEach((c, i) => {
    if (columns[i] === null && c.trim() !== '') {
      problems.push({
        line: header.line,
        column: c.trim(),
        message: `Kolonnen »${c.trim()}« kendes ikke. Kolonnerne er: ${KEY_FIGURE_COLUMNS.join(', ')}`,
      });
    }
  });
  for (const required of REQUIRED) {
    if (!columns.includes(required)) {
      problems.push({
        line: header.line,
        column: required,
        message: `Overskriften mangler kolonnen ${required}`,
      });
    }
  }
  if (problems.length > 0) return { figures, problems, format: file.format };
  if (rows.length === 0) {
    problems.push({
      line: header.line,
      column: null,
      message: 'Filen har kun en overskrift og ingen linjer med data',
    });
  }

  const byLbf = new Map(
    organisations.flatMap((o) => (o.lbfNumber ? [[normaliseDepartmentNumber(o.lbfNumber), o] as const] : [])),
  );
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const cell = (c: KeyFigureColumn) => {
      const i = columns.indexOf(c);
      return i === -1 ? '' : (row.cells[i] ?? '').trim();
    };
    const problem = (column: KeyFigureColumn | null, message: string) =>
      problems.push({ line: row.line, column, message });
    if (row.cells.length > columns.length && row.cells.slice(columns.length).some((c) => c.trim() !== '')) {
      problem(
        null,
        `Linjen har flere felter (${row.cells.length}) end overskriften (${columns.length}). Måske står der et semikolon eller komma i en værdi uden anførselstegn.`,
      );
      continue;
    }
    const before = problems.length;

    let organisationId: string | null = null;
    let departmentId: string | null = null;
    const orgText = cell('lbf_org_nr');
    const depText = cell('afdeling_nr');
    if (orgText.toLocaleLowerCase('da') === NATIONAL) {
      if (depText !== '')
        problem('afdeling_nr', 'Et tal for landsplan har ingen afdeling: lad afdeling_nr være tom');
    } else if (orgText === '') {
      problem('lbf_org_nr', `Organisationsnummer (LBF) skal udfyldes, eller »${NATIONAL}« for et landstal`);
    } else {
      const org = byLbf.get(normaliseDepartmentNumber(orgText));
      if (!org) {
        problem('lbf_org_nr', `Der er ingen boligorganisation med LBF-nummer ${orgText} i kommunen`);
      } else {
        organisationId = org.id;
        if (depText !== '') {
          const dep = org.departments.find(
            (d) => normaliseDepartmentNumber(d.lbfNumber) === normaliseDepartmentNumber(depText),
          );
          if (dep) departmentId = dep.id;
          else problem('afdeling_nr', `Organisation ${orgText} har ingen afdeling ${depText}`);
        }
      }
    }

    const yearText = cell('styringsaar');
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < YEARS.from || year > YEARS.to) {
      problem(
        'styringsaar',
        yearText === ''
          ? 'Styringsår skal udfyldes, fx 2026'
          : `»${yearText}« er ikke et styringsår: skriv fx 2026`,
      );
    }

    const code = normaliseFigureCode(cell('kode'));
    const definition = figureDefinition(code);
    if (code === '') problem('kode', 'Koden skal udfyldes, fx tomgang_pct');
    else if (!/^[a-z0-9_æøå]{1,40}$/.test(code)) {
      problem('kode', `Koden »${cell('kode')}« må kun have bogstaver, tal og _ (højst 40 tegn)`);
    }

    const read = parseDanishNumber(cell('vaerdi'));
    if (!read.ok) problem('vaerdi', read.message);
    else if (definition?.integer && !Number.isInteger(read.value)) {
      problem('vaerdi', `${definition.label} skal være et helt tal, ikke ${cell('vaerdi')}`);
    } else if (read.value < 0 && definition) {
      problem('vaerdi', `${definition.label} kan ikke være negativ`);
    }

    const unitText = cell('enhed');
    if (definition && !unitMatches(definition, unitText)) {
      problem('enhed', `Enheden for ${code} er ${definition.unit}, ikke »${unitText}«`);
    } else if (!definition && unitText.length > 30) {
      problem('enhed', 'Enheden må højst have 30 tegn');
    }

    if (problems.length > before || !read.ok) continue;
    const key = `${organisationId ?? NATIONAL}|${departmentId ?? ''}|${year}|${code}`;
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      problem('kode', `Samme tal (${code} for ${year}) står også i linje ${seen}`);
      continue;
    }
    firstLine.set(key, row.line);
    figures.push({
      line: row.line,
      organisationId,
      departmentId,
      steeringYear: year,
      code,
      known: definition !== null,
      value: read.value,
      unit: definition ? definition.unit : unitText,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  return { figures, problems, format: file.format };
}
