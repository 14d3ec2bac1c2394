/**
 * Test support only: writes small agenda PDFs with pdfkit so the PDF import can be tested on real
 * PDF bytes — a Danish-capable TrueType font embedded, a header and/or footer on every page.
 * Not used by the importer itself.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { formatAbsenceMarker, formatAbsentPerson } from '../../domain/political-case/absences.ts';
import { type BodyAbbreviationTable, formatRoute } from '../../domain/political-case/body-abbreviations.ts';
import { formatCaseNumberLine } from '../../domain/political-case/case-number-line.ts';
import { formatDecisionHeading } from '../../domain/political-case/decision-heading.ts';
import type { PoliticalCase } from '../../domain/political-case/types.ts';

export type PdfBlockStyle = 'title' | 'heading' | 'body';

export interface PdfBlock {
  style: PdfBlockStyle;
  /** Rendered as one flowing paragraph, wrapped by pdfkit at the margin. */
  text: string;
  /** Start a new page before this block. */
  pageBreakBefore?: boolean;
}

export interface PdfFurniture {
  header?: (page: number, pages: number) => string;
  footer?: (page: number, pages: number) => string;
}

const FONT_CANDIDATES: readonly (readonly [string, string])[] = [
  // IBM Plex Sans ships with dkfds as TTF only in its sources (dist has woff/woff2).
  [
    'node_modules/dkfds/src/fonts/IBMPlexSans/complete/ttf/IBMPlexSans-Regular.ttf',
    'node_modules/dkfds/src/fonts/IBMPlexSans/complete/ttf/IBMPlexSans-Bold.ttf',
  ],
  [
    'node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf',
    'node_modules/pdfjs-dist/standard_fonts/LiberationSans-Bold.ttf',
  ],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
];

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A regular and a bold TTF with æ, ø, å; throws when none is installed (a broken checkout). */
export function findTestFonts(): { regular: string; bold: string } {
  for (const [regular, bold] of FONT_CANDIDATES) {
    const r = regular.startsWith('/') ? regular : `${repoRoot}${regular}`;
    const b = bold.startsWith('/') ? bold : `${repoRoot}${bold}`;
    if (existsSync(r) && existsSync(b)) return { regular: r, bold: b };
  }
  throw new Error('No TrueType font with Danish letters found for the PDF tests.');
}

export async function renderTestPdf(
  blocks: readonly PdfBlock[],
  furniture: PdfFurniture = {},
): Promise<Uint8Array> {
  const fonts = findTestFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 60, bottom: 60, left: 56, right: 56 },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  blocks.forEach((block, i) => {
    if (block.pageBreakBefore) doc.addPage();
    else if (i > 0) doc.moveDown(block.style === 'body' ? 1 : 1.2);
    if (block.style === 'title') doc.font('bold').fontSize(15);
    else if (block.style === 'heading') doc.font('bold').fontSize(11);
    else doc.font('regular').fontSize(10);
    doc.text(block.text);
  });
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would make pdfkit add a page.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8);
    const header = furniture.header?.(i + 1, count);
    const footer = furniture.footer?.(i + 1, count);
    if (header) doc.text(header, 56, 30, { lineBreak: false });
    if (footer) doc.text(footer, 56, doc.page.height - 40, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The blocks a municipality's agenda PDF would print for a case, in the seed's order. */
export function caseToPdfBlocks(politicalCase: PoliticalCase, table: BodyAbbreviationTable = {}): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  const paragraphs = (text: string): PdfBlock[] =>
    text === '' ? [] : text.split('\n\n').map((p) => ({ style: 'body' as const, text: p }));
  if (politicalCase.title !== null) blocks.push({ style: 'title', text: politicalCase.title });
  const caseLine = formatCaseNumberLine(politicalCase.caseNumber, politicalCase.access);
  if (caseLine !== '') blocks.push({ style: 'body', text: caseLine });
  if (politicalCase.route.length > 0) {
    blocks.push(
      { style: 'heading', text: 'Sagsgang' },
      { style: 'body', text: formatRoute(politicalCase.route, table) },
    );
  }
  for (const section of politicalCase.sections) {
    blocks.push({ style: 'heading', text: section.heading }, ...paragraphs(section.text));
  }
  const recommendation = politicalCase.recommendation;
  if (recommendation !== null) {
    blocks.push({ style: 'heading', text: 'Indstilling' }, ...paragraphs(recommendation.intro));
    const points = recommendation.points.map((p) => `${p.number}. ${p.text}`).join('\n');
    if (points !== '') blocks.push({ style: 'body', text: points });
  }
  for (const decision of politicalCase.decisions) {
    blocks.push({ style: 'heading', text: formatDecisionHeading(decision.body, decision.date, table) });
    blocks.push(...paragraphs(decision.text));
    let kind: string | null = null;
    const lines: string[] = [];
    for (const absence of decision.absences) {
      if (absence.kind !== kind) lines.push(formatAbsenceMarker(absence.kind));
      kind = absence.kind;
      lines.push(formatAbsentPerson(absence));
    }
    if (lines.length > 0) blocks.push({ style: 'body', text: lines.join('\n') });
  }
  blocks.push({ style: 'heading', text: 'Bilag:' });
  if (politicalCase.attachments.length > 0) {
    blocks.push({ style: 'body', text: politicalCase.attachments.map((a) => a.title).join('\n') });
  }
  return blocks;
}
