import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { AgendaParseOptions } from './agenda-blocks.ts';
import { extractPdfText } from './extract-pdf-text.ts';
import type { AgendaImportResult } from './import-report.ts';
import { parseAgendaPdf } from './parse-agenda-pdf.ts';
import { caseToPdfBlocks, findTestFonts, renderTestPdf } from './render-test-pdf.ts';
import { INTERNAL_ERROR_CODE } from './safety-net.ts';

const fixtures = new URL('../../../test/fixtures/agenda/', import.meta.url);
const golden = JSON.parse(
  readFileSync(new URL('havbjerg-flere-sider.expected.json', fixtures), 'utf8'),
) as AgendaImportResult & {
  options: AgendaParseOptions;
};
const [expectedCase] = golden.cases;
const table = golden.options.bodyAbbreviations ?? {};
const HEADER = 'Teknik- og Miljøudvalget 14-03-2024';

async function fixturePdf(): Promise<Uint8Array> {
  if (!expectedCase) throw new Error('fixture has no case');
  const blocks = caseToPdfBlocks(expectedCase, table).map((block) =>
    block.text === 'Boligorganisationernes høringssvar' ||
    block.text.startsWith('Beslutning i Økonomiudvalget')
      ? { ...block, pageBreakBefore: true }
      : block,
  );
  return renderTestPdf(blocks, { header: () => HEADER, footer: (page, pages) => `Side ${page} af ${pages}` });
}

async function pdfkitBytes(
  build: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  build(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('extractPdfText', () => {
  it('keeps Danish letters and marks each new page with a form feed', async () => {
    const { text, pageCount, warnings } = await extractPdfText(await fixturePdf());
    expect(pageCount).toBe(3);
    expect(text.split('\f')).toHaveLength(3);
    expect(text).toContain('Boligorganisationernes høringssvar');
    expect(text).toContain('Økonomiske konsekvenser');
    expect(warnings).toEqual([]);
  });
});

describe('parseAgendaPdf', () => {
  it('imports a three-page PDF with a header and a footer on every page to the fixture case', async () => {
    const { cases, report } = await parseAgendaPdf(await fixturePdf(), golden.options);
    expect(cases).toEqual([expectedCase]);
    expect(report.format).toBe('pdf');
    expect(report.unknownSections).toEqual(['Boligorganisationernes høringssvar']);
    const removed = report.warnings
      .filter((w) => w.code === 'pdf.pageFurnitureRemoved')
      .map((w) => w.message);
    expect(removed).toEqual(
      expect.arrayContaining([expect.stringContaining(HEADER), expect.stringContaining('Side 1 af 3')]),
    );
    expect(JSON.stringify(cases)).not.toMatch(/Side \d af 3|Miljøudvalget 14-03-2024/u);
  });

  it('reports a PDF without a text layer instead of failing', async () => {
    const bytes = await pdfkitBytes((doc) => {
      doc.rect(50, 50, 200, 100).fill('#336699');
    });
    const { cases, report } = await parseAgendaPdf(bytes);
    expect(cases).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['pdf.noTextLayer']);
    expect(report.warnings[0]?.message).toMatch(/^PDF'en har intet tekstlag/u);
  });

  it('reports a password-protected PDF', async () => {
    const bytes = await pdfkitBytes(
      (doc) => {
        doc.font(findTestFonts().regular).text('Fortroligt');
      },
      { userPassword: 'hemmelig', pdfVersion: '1.7' },
    );
    const { cases, report } = await parseAgendaPdf(bytes);
    expect(cases).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['pdf.encrypted']);
  });

  it('reports garbage and a truncated PDF instead of failing', async () => {
    const whole = await fixturePdf();
    for (const bytes of [
      new TextEncoder().encode('%PDF-1.7\nikke en pdf'),
      whole.slice(0, 400),
      new Uint8Array(),
    ]) {
      const { cases, report } = await parseAgendaPdf(bytes);
      expect(cases).toEqual([]);
      expect(report.warnings.map((w) => w.code)).toEqual(['pdf.unreadable']);
    }
    const half = await parseAgendaPdf(whole.slice(0, Math.floor(whole.length / 2)));
    expect(half.report.format).toBe('pdf');
    expect(half.report.warnings.length + half.cases.length).toBeGreaterThan(0);
  });

  it('never rejects on damaged PDF bytes', async () => {
    const whole = await fixturePdf();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(whole.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.nat(whole.length),
        async (flips, cut) => {
          const bytes = whole.slice(0, Math.max(cut, 16));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          const { report } = await parseAgendaPdf(bytes, golden.options);
          expect(report.warnings.map((w) => w.code)).not.toContain(INTERNAL_ERROR_CODE);
        },
      ),
      { numRuns: 40 },
    );
  });
});
