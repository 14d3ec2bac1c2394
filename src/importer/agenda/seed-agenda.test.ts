/**
 * The Norddjurs seed (agenda item 22/8287, ../shared/seeds): the web page, the PDF text and a PDF
 * made from the PDF text must all give the same case. Reads the seeds in place, never a copy.
 * Without the seeds folder the suite is skipped with a message — except under CI, where it fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS } from '../../domain/political-case/body-abbreviations.ts';
import { normaliseForComparison } from '../../domain/political-case/case-text.ts';
import { politicalCaseToMarkdown } from '../../domain/political-case/to-markdown.ts';
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import { parseAgendaFile } from './parse-agenda-file.ts';
import { parseAgendaMarkdown } from './parse-agenda-markdown.ts';
import { parseAgendaPdf } from './parse-agenda-pdf.ts';
import { parseAgendaPdfText } from './parse-agenda-pdf-text.ts';
import type { RememberedCorrection } from './remembered/remembered-correction.ts';
import { type PdfBlock, renderTestPdf } from './render-test-pdf.ts';

const seedsDir = new URL('../../../../shared/seeds/', import.meta.url);
const haveSeeds = existsSync(seedsDir);
const options = { bodyAbbreviations: NORDDJURS_BODY_ABBREVIATIONS };
const FOOTER = 'Kommunalbestyrelsen 15-11-2022';

if (!haveSeeds && process.env.CI === 'true') {
  describe('the Norddjurs seed agenda item 22/8287', () => {
    it('needs the seeds folder under CI', () => {
      expect.fail(`Seeds folder ${fileURLToPath(seedsDir)} is missing; CI must run the seed tests.`);
    });
  });
} else if (!haveSeeds) {
  console.warn(`[skip] seed agenda tests skipped: ${fileURLToPath(seedsDir)} not found`);
}

function readSeed(name: string): string {
  return readFileSync(new URL(name, seedsDir), 'utf8');
}

/** Every string with its whitespace (incl. paragraph breaks) collapsed: the two sources wrap differently. */
function normalised(value: PoliticalCase): unknown {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? normaliseForComparison(v) : v,
  );
}

/** The seed's PDF text laid out again as a PDF: its lines, its paragraph breaks, its page break. */
function seedPdfBlocks(pdfText: string): PdfBlock[] {
  const headings = new Set([
    'Sagsgang',
    'Sagsfremstilling',
    'Baggrund',
    'Sammenhæng til andre politikker/strategier og fagområder',
    'Økonomiske konsekvenser',
    'Indstilling',
    'Bilag:',
  ]);
  const blocks: PdfBlock[] = [];
  let lines: string[] = [];
  let pageBreak = false;
  const flush = (): void => {
    if (lines.length > 0)
      blocks.push({
        style: blocks.length === 0 ? 'title' : 'body',
        text: lines.join('\n'),
        pageBreakBefore: pageBreak,
      });
    if (lines.length > 0) pageBreak = false;
    lines = [];
  };
  for (const raw of pdfText.split('\n')) {
    const line = raw.trim();
    if (raw === '') continue;
    if (line === '') flush();
    else if (line === FOOTER) {
      flush();
      pageBreak = true;
    } else if (headings.has(line) || line.startsWith('Beslutning i ')) {
      flush();
      blocks.push({ style: 'heading', text: line, pageBreakBefore: pageBreak });
      pageBreak = false;
    } else {
      lines.push(line);
    }
  }
  flush();
  return blocks;
}

describe.skipIf(!haveSeeds)('the Norddjurs seed agenda item 22/8287', () => {
  const fromWebPage = () => parseAgendaMarkdown(readSeed('agenda-item-22-8287.md'), options);
  const fromPdfText = () => parseAgendaPdfText(readSeed('agenda-item-22-8287.pdf.txt'), options);

  it('reads the web page into the case described in domain.md §5', () => {
    const { cases, report } = fromWebPage();
    expect(cases).toHaveLength(1);
    const [seed] = cases;
    expect(seed?.title).toBe('Ændret praksis for afholdelse af dialogforum');
    expect(seed?.caseNumber).toBe('22/8287');
    expect(seed?.access).toBe('open');
    expect(seed?.route.map((b) => b.abbreviation)).toEqual(['MTU', 'ØK', 'KB']);
    expect(seed?.sections.map((s) => s.heading)).toEqual([
      'Sagsfremstilling',
      'Baggrund',
      'Sammenhæng til andre politikker/strategier og fagområder',
      'Økonomiske konsekvenser',
    ]);
    expect(seed?.recommendation?.recommendedBy).toBe('Vej- og ejendomschefen');
    expect(seed?.recommendation?.points.map((p) => p.number)).toEqual([1, 2]);
    expect(seed?.decisions.map((d) => [d.body.abbreviation, d.date, d.outcomes])).toEqual([
      [
        'MTU',
        '2022-10-10',
        [
          { points: [1], outcome: 'Tiltrådt' },
          { points: [2], outcome: 'Tiltrådt' },
        ],
      ],
      ['ØK', '2022-11-08', [{ points: [1, 2], outcome: 'Tiltrådt' }]],
      ['KB', '2022-11-15', [{ points: [1, 2], outcome: 'Godkendt' }]],
    ]);
    expect(seed?.decisions.map((d) => d.absences)).toEqual([
      [],
      [{ name: 'Diana Therese Mikkelsen', party: 'Løsgænger', kind: 'apology' }],
      [],
    ]);
    expect(seed?.attachments).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.unknownSections).toEqual([]);
  });

  it('reads the PDF text into the same case, without a case number or access', () => {
    const [web] = fromWebPage().cases;
    const { cases } = fromPdfText();
    expect(cases).toHaveLength(1);
    const [pdf] = cases;
    expect(pdf?.caseNumber).toBeNull();
    expect(pdf?.access).toBeNull();
    expect(pdf && normalised(pdf)).toEqual(web && normalised({ ...web, caseNumber: null, access: null }));
    // Outcomes and absences are compared exactly, not only after normalising.
    expect(pdf?.decisions.map((d) => [d.outcomes, d.absences, d.text])).toEqual(
      web?.decisions.map((d) => [d.outcomes, d.absences, d.text]),
    );
  });

  it('drops the page footer "Kommunalbestyrelsen 15-11-2022" and says so', () => {
    const { cases, report } = fromPdfText();
    const everything = JSON.stringify(cases);
    expect(everything).not.toContain(FOOTER);
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'pdf.pageFurnitureRemoved', line: 119 }),
    ]);
  });

  it('reads a PDF made from the seed text into the same case', async () => {
    const [web] = fromWebPage().cases;
    const bytes = await renderTestPdf(seedPdfBlocks(readSeed('agenda-item-22-8287.pdf.txt')), {
      footer: () => FOOTER,
    });
    const { cases, report } = await parseAgendaPdf(bytes, options);
    expect(report.format).toBe('pdf');
    expect(cases).toHaveLength(1);
    const [pdf] = cases;
    expect(pdf && normalised(pdf)).toEqual(web && normalised({ ...web, caseNumber: null, access: null }));
    expect(JSON.stringify(cases)).not.toContain(FOOTER);
  });

  it('exports the seed in the layout of the seed web page', () => {
    const [web] = fromWebPage().cases;
    const lines = (markdown: string): string[] =>
      markdown
        .split('\n')
        .map((line) =>
          line
            .replace(/^#+\s*/u, '')
            .replaceAll('**', '')
            .trim(),
        )
        .filter((line) => line !== '');
    expect(web && lines(politicalCaseToMarkdown(web, options))).toEqual(
      lines(readSeed('agenda-item-22-8287.md')),
    );
  });

  it('gives the same case back when its export is imported', () => {
    const [web] = fromWebPage().cases;
    const again = web && parseAgendaMarkdown(politicalCaseToMarkdown(web, options), options);
    expect(again?.cases).toEqual([web]);
  });

  it('imports exactly as before with remembered corrections that do not occur in it', async () => {
    const rules: RememberedCorrection[] = [
      { kind: 'caseNumberLabel', text: 'Sagsreference' },
      { kind: 'headingSynonym', text: 'forslag til afgørelse', role: 'recommendation' },
      { kind: 'bodyAlias', text: 'Tek. & Miljø', abbreviation: 'MTU' },
    ];
    for (const name of ['agenda-item-22-8287.md', 'agenda-item-22-8287.pdf.txt']) {
      const file = {
        fileName: name.replace('.pdf.txt', '.txt'),
        bytes: new TextEncoder().encode(readSeed(name)),
      };
      const plain = await parseAgendaFile(file, options);
      const taught = await parseAgendaFile(file, { ...options, remembered: rules });
      expect(taught.cases).toEqual(plain.cases);
      expect(taught.cases).toHaveLength(1);
    }
  });
});
