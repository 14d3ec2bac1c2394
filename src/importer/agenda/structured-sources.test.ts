/**
 * Every reader fills a source and a confidence per field (issue 16, pt 4): the Markdown and
 * PDF-text readers too, with the line numbers of their own input.
 */
import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS } from '../../domain/political-case/body-abbreviations.ts';
import type { AgendaImportResult, FieldSource } from './import-report.ts';
import { parseAgendaFile } from './parse-agenda-file.ts';
import { parseAgendaMarkdown } from './parse-agenda-markdown.ts';
import { parseAgendaPdfText } from './parse-agenda-pdf-text.ts';

const options = { bodyAbbreviations: NORDDJURS_BODY_ABBREVIATIONS };

const MARKDOWN = [
  '# Tilsyn med boligorganisationerne 2024', // 1
  '', // 2
  'Sagsnr.: 24/1234 - Åben sag', // 3
  '', // 4
  '## Sagsgang', // 5
  '', // 6
  'ØK, KB', // 7
  '', // 8
  '## Indstilling', // 9
  '', // 10
  'Direktøren indstiller, at', // 11
  '', // 12
  '1. redegørelsen tages til efterretning.', // 13
  '', // 14
  '## Beslutning i Økonomiudvalget den 05-03-2024', // 15
  '', // 16
  'Anbefales.', // 17
  '', // 18
  'Afbud: Jens Hansen (V)', // 19
].join('\n');

function byField(sources: readonly FieldSource[], field: FieldSource['field']): FieldSource | undefined {
  return sources.find((s) => s.field === field);
}

function expectOneSourceListPerCase(result: AgendaImportResult): FieldSource[] {
  expect(result.cases.length).toBeGreaterThan(0);
  expect(result.sources).toHaveLength(result.cases.length);
  const first = result.sources[0] ?? [];
  expect(first.length).toBeGreaterThan(0);
  return first;
}

describe('field sources of the structured readers', () => {
  it('the Markdown reader gives each field its lines and a confidence', () => {
    const sources = expectOneSourceListPerCase(parseAgendaMarkdown(MARKDOWN, options));
    expect(byField(sources, 'title')).toMatchObject({ fromLine: 1, toLine: 1, confidence: 'high' });
    expect(byField(sources, 'caseNumber')).toMatchObject({ fromLine: 3, confidence: 'high' });
    expect(byField(sources, 'route')).toMatchObject({ fromLine: 7, toLine: 7, confidence: 'high' });
    expect(byField(sources, 'recommendation')).toMatchObject({
      fromLine: 11,
      toLine: 13,
      confidence: 'high',
    });
    expect(byField(sources, 'decision')).toMatchObject({
      index: 0,
      fromLine: 15,
      toLine: 19,
      confidence: 'high',
    });
    expect(byField(sources, 'absences')).toMatchObject({ fromLine: 19, toLine: 19 });
  });

  it('the PDF-text reader presumes its first line is the title (medium) and finds the rest', () => {
    const text = MARKDOWN.replace(/^#+ /gmu, '');
    const sources = expectOneSourceListPerCase(parseAgendaPdfText(text, options));
    expect(byField(sources, 'title')).toMatchObject({ fromLine: 1, confidence: 'medium' });
    expect(byField(sources, 'caseNumber')?.fromLine).toBe(3);
    expect(byField(sources, 'decision')?.fromLine).toBe(15);
  });

  it('a missing field is low confidence with no lines and a Danish note', () => {
    const sources = expectOneSourceListPerCase(
      parseAgendaMarkdown('# En sag\n\n## Sagsfremstilling\n\nTekst.', options),
    );
    expect(byField(sources, 'caseNumber')).toMatchObject({
      fromLine: null,
      confidence: 'low',
      note: 'Intet sagsnummer fundet.',
    });
  });

  it('every format through the one entry point returns sources for every case', async () => {
    for (const [fileName, text] of [
      ['punkt.md', MARKDOWN],
      ['punkt.txt', MARKDOWN.replace(/^#+ /gmu, '')],
      [
        'punkt.html',
        `<html><body>${MARKDOWN.split('\n')
          .map((l) => `<p>${l.replace(/^#+ /u, '')}</p>`)
          .join('')}</body></html>`,
      ],
    ] as const) {
      const result = await parseAgendaFile({ fileName, bytes: new TextEncoder().encode(text) }, options);
      expectOneSourceListPerCase(result);
      for (const list of result.sources) expect(list.map((s) => s.field)).toContain('title');
    }
  });
});
