/**
 * Golden tests: each fixture in test/fixtures/registry/ beside the JSON it must parse to.
 * Regenerate after a deliberate change with `UPDATE_GOLDEN=1 npx vitest run src/importer/registry-csv`
 * and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseRegistryCsv } from './parse-registry-csv.ts';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/registry/', import.meta.url));

function golden(name: string, actual: unknown): void {
  const path = `${FIXTURES}${name}.expected.json`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

const read = (name: string) => readFileSync(`${FIXTURES}${name}.csv`);

describe('registry CSV golden files', () => {
  it('reads a UTF-8 file with BOM and semicolons, as Excel\'s "CSV UTF-8" writes it', () => {
    const result = parseRegistryCsv(read('good-semicolon'));
    expect(result.format).toEqual({ encoding: 'utf-8', bom: true, separator: ';' });
    expect(result.problems).toEqual([]);
    golden('good-semicolon', { rows: result.rows, problems: result.problems });
  });

  it('reads the same file saved as Windows-1252 with CRLF line breaks to the same rows', () => {
    const text = read('good-semicolon')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\n/g, '\r\n');
    const bytes = iconv.encode(text, 'win1252');
    expect(bytes.includes(0xf8)).toBe(true); // "ø" as one Windows-1252 byte: the fixture really is not UTF-8
    const result = parseRegistryCsv(bytes);
    expect(result.format).toEqual({ encoding: 'windows-1252', bom: false, separator: ';' });
    golden('good-semicolon', { rows: result.rows, problems: result.problems });
  });

  it('reads a comma-separated file with quoted fields, other header spellings and Danish date forms', () => {
    const result = parseRegistryCsv(read('good-comma'));
    expect(result.format).toEqual({ encoding: 'utf-8', bom: false, separator: ',' });
    expect(result.problems).toEqual([]);
    golden('good-comma', { rows: result.rows, problems: result.problems });
  });

  it('lists a bad CVR on line 4 and a repeated department number on line 9, and nothing else', () => {
    const result = parseRegistryCsv(read('bad-cvr-and-duplicate-department'));
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [4, 'cvr'],
      [9, 'lbf_nr'],
    ]);
    golden('bad-cvr-and-duplicate-department', { rows: result.rows, problems: result.problems });
  });
});
