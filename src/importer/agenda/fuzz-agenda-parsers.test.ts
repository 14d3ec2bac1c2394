/**
 * Fuzzing: random and mutated agenda documents (lines deleted, duplicated, swapped, shuffled,
 * truncated, random unicode and stray agenda markers inserted) never crash a reader, never need
 * the safety net, and always give a well-formed result. 10,000 reads in all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS } from '../../domain/political-case/body-abbreviations.ts';
import type { AgendaImportResult } from './import-report.ts';
import { parseAgendaMarkdown } from './parse-agenda-markdown.ts';
import { parseAgendaPdfText } from './parse-agenda-pdf-text.ts';
import { INTERNAL_ERROR_CODE } from './safety-net.ts';

const options = { bodyAbbreviations: NORDDJURS_BODY_ABBREVIATIONS };
const fixtures = new URL('../../../test/fixtures/agenda/', import.meta.url);
const seeds = new URL('../../../../shared/seeds/', import.meta.url);

function documents(dir: URL, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .map((name) => readFileSync(new URL(name, dir), 'utf8'));
}

const markdownDocs = [...documents(fixtures, '.md'), ...documents(seeds, '.md')];
const pdfTextDocs = [...documents(fixtures, '.pdf.txt'), ...documents(seeds, '.pdf.txt')];

/** Lines an agenda reader reacts to, to be dropped in at random places. */
const MARKERS = [
  'Ad. 1. Tiltrådt.',
  'Ad. 99999-1',
  'Ad. 1-',
  'Ad.',
  'Afbud:',
  'Fraværende: (',
  'Beslutning i',
  'Beslutning i Økonomiudvalget den 31-02-2022',
  'Beslutning den 00-00-0000',
  '**Bilag:**',
  '**',
  '### ',
  '#',
  '22/8287 Åben Sag',
  'Lukket sag',
  'Sagsgang',
  'Indstilling',
  '1.',
  '- ',
  '\f',
  'Side 1 af 1',
  'Kommunalbestyrelsen 15-11-2022',
  '====',
  '\\',
  '\u0000',
  '\uFEFF',
  '\u202E',
];

type Mutation = (lines: string[]) => string[];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.filter((_, j) => j !== i % Math.max(lines.length, 1)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (lines) => {
        const at = i % Math.max(lines.length, 1);
        return [...lines.slice(0, at + 1), ...lines.slice(at)];
      },
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]): Mutation =>
      (lines) => {
        const copy = [...lines];
        const i = a % Math.max(copy.length, 1);
        const j = b % Math.max(copy.length, 1);
        [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
        return copy;
      },
  ),
  fc.nat().map(
    (n): Mutation =>
      (lines) =>
        lines.slice(0, n % (lines.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...MARKERS), fc.string({ unit: 'binary', maxLength: 40 }))).map(
    ([i, text]): Mutation =>
      (lines) => {
        const at = i % (lines.length + 1);
        return [...lines.slice(0, at), text, ...lines.slice(at)];
      },
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: 'grapheme', maxLength: 6 })).map(
    ([i, k, text]): Mutation =>
      (lines) => {
        const at = i % Math.max(lines.length, 1);
        const line = lines[at] ?? '';
        const cut = k % (line.length + 1);
        return lines.map((l, j) => (j === at ? `${line.slice(0, cut)}${text}${line.slice(cut)}` : l));
      },
  ),
  fc.constant<Mutation>((lines) => [...lines].reverse()),
);

function mutated(docs: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...docs), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.nat())
    .map(([doc, mutations, cut]) => {
      const text = mutations.reduce((lines, m) => m(lines), doc.split('\n')).join('\n');
      // Truncate mid-line (mid-character for surrogate pairs) now and then.
      return cut % 5 === 0 ? text.slice(0, cut % (text.length + 1)) : text;
    });
}

const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...MARKERS), fc.string({ unit: 'grapheme', maxLength: 30 })), {
      maxLength: 40,
    })
    .map((l) => l.join('\n')),
);

function expectWellFormed(result: AgendaImportResult, format: string, text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/u).length;
  expect(result.report.format).toBe(format);
  expect(result.report.warnings.map((w) => w.code)).not.toContain(INTERNAL_ERROR_CODE);
  for (const warning of result.report.warnings) {
    expect(warning.message.length).toBeGreaterThan(0);
    if (warning.line !== null) expect(warning.line).toBeGreaterThanOrEqual(1);
    if (warning.line !== null) expect(warning.line).toBeLessThanOrEqual(lineCount);
  }
  for (const c of result.cases) {
    for (const decision of c.decisions) {
      if (decision.date !== null) expect(decision.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      for (const outcome of decision.outcomes) {
        expect(outcome.points).toEqual([...new Set(outcome.points)].sort((a, b) => a - b));
      }
    }
  }
}

describe('fuzzing the agenda readers', () => {
  it('has documents to mutate', () => {
    expect(markdownDocs.length).toBeGreaterThanOrEqual(3);
    expect(pdfTextDocs.length).toBeGreaterThanOrEqual(2);
  });

  it('never crashes the Markdown reader on 4,000 mutated pages', () => {
    fc.assert(
      fc.property(mutated(markdownDocs), (text) => {
        expectWellFormed(parseAgendaMarkdown(text, options), 'markdown', text);
      }),
      { numRuns: 4000 },
    );
  });

  it('never crashes the PDF-text reader on 4,000 mutated texts', () => {
    fc.assert(
      fc.property(mutated(pdfTextDocs), (text) => {
        expectWellFormed(parseAgendaPdfText(text, options), 'pdf-text', text);
      }),
      { numRuns: 4000 },
    );
  });

  it('never crashes either reader on 1,000 random documents (2,000 reads)', () => {
    fc.assert(
      fc.property(noise, (text) => {
        expectWellFormed(parseAgendaMarkdown(text, options), 'markdown', text);
        expectWellFormed(parseAgendaPdfText(text, options), 'pdf-text', text);
      }),
      { numRuns: 1000 },
    );
  });
});
