/**
 * Golden files: every hand-made agenda item in test/fixtures/agenda (*.md, *.pdf.txt) is imported
 * and compared with the *.expected.json beside it — cases and report alike. The expected file
 * also carries the municipality's abbreviation table the fixture is read with ("options").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AgendaParseOptions } from './agenda-blocks.ts';
import type { AgendaImportResult } from './import-report.ts';
import { parseAgendaMarkdown } from './parse-agenda-markdown.ts';
import { parseAgendaPdfText } from './parse-agenda-pdf-text.ts';

const fixtures = new URL('../../../test/fixtures/agenda/', import.meta.url);

interface Golden extends AgendaImportResult {
  options: AgendaParseOptions;
}

const inputs = readdirSync(fixtures).filter((name) => name.endsWith('.md') || name.endsWith('.pdf.txt'));

describe('golden agenda fixtures', () => {
  it('finds the fixtures, each with its expected JSON', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(5);
    const names = readdirSync(fixtures);
    for (const input of inputs)
      expect(names).toContain(input.replace(/\.(?:md|pdf\.txt)$/u, '.expected.json'));
  });

  it.each(inputs)('imports %s as expected', (input) => {
    const text = readFileSync(new URL(input, fixtures), 'utf8');
    const golden = JSON.parse(
      readFileSync(new URL(input.replace(/\.(?:md|pdf\.txt)$/u, '.expected.json'), fixtures), 'utf8'),
    ) as Golden;
    const result = input.endsWith('.md')
      ? parseAgendaMarkdown(text, golden.options)
      : parseAgendaPdfText(text, golden.options);
    expect(result.cases).toEqual(golden.cases);
    expect(result.report).toEqual(golden.report);
  });
});
