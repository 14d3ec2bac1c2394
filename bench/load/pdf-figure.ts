/**
 * PDF agenda import in pages per second beside `pdftotext` (poppler-utils) on the same file: a
 * multi-page agenda generated with the product's PDF library (pdfkit, IBM Plex Sans from dkfds)
 * from the agenda layouts the importer's tests use, read by the product's PDF import
 * (parseAgendaPdf: pdf.js text extraction and the agenda reader) and by `pdftotext`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAgendaPdf } from '../../src/importer/agenda/parse-agenda-pdf.ts';
import { pdfDocumentClass } from '../../src/web/pdf/load-pdfkit.ts';
import { inventMeeting } from '../../test/support/agenda-content.ts';
import { renderLayout } from '../../test/support/agenda-layouts.ts';

const require = createRequire(import.meta.url);
const FONT = path.resolve(
  path.dirname(require.resolve('dkfds')),
  '..',
  'fonts',
  'IBMPlexSans',
  'complete',
  'ttf',
  'IBMPlexSans-Regular.ttf',
);

/** A deterministic agenda PDF of at least `minPages` pages; returns its bytes and page count. */
export async function agendaPdf(
  minPages: number,
): Promise<{ bytes: Uint8Array; pages: number; table: Record<string, string> }> {
  const PDFDocument = pdfDocumentClass();
  const doc = new PDFDocument({ size: 'A4', margin: 56, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('regular', FONT);
  doc.font('regular').fontSize(10.5);
  let table: Record<string, string> = {};
  for (let seed = 0; doc.bufferedPageRange().count < minPages; seed++) {
    const meeting = inventMeeting(7000 + seed, 'pdf-text', 20);
    table = { ...table, ...meeting.table };
    if (seed > 0) doc.addPage();
    for (const line of renderLayout('pdf-text', meeting).split('\n')) doc.text(line === '' ? ' ' : line);
  }
  const pages = doc.bufferedPageRange().count;
  doc.end();
  await done;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages, table };
}

export interface PdfFigures {
  pages: number;
  productPagesPerSecond: number;
  pdftotextPagesPerSecond: number | null;
  casesFound: number;
}

export async function pdfFigures(minPages: number, rounds: number): Promise<PdfFigures> {
  const { bytes, pages, table } = await agendaPdf(minPages);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-bench-pdf-')), 'agenda.pdf');
  fs.writeFileSync(file, bytes);
  try {
    const first = await parseAgendaPdf(bytes, { bodyAbbreviations: table }); // loads pdf.js, not measured
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      await parseAgendaPdf(bytes, { bodyAbbreviations: table });
      times.push(performance.now() - started);
    }
    const baseline: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      if (r.error || r.status !== 0) break;
      baseline.push(performance.now() - started);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    return {
      pages,
      productPagesPerSecond: pages / (median(times) / 1000),
      pdftotextPagesPerSecond: baseline.length ? pages / (median(baseline) / 1000) : null,
      casesFound: first.cases.length,
    };
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
