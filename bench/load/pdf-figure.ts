/**
 * PDF agenda import in pages per second beside `pdftotext` (poppler-utils) on the same file: a
 * multi-page agenda generated with the product's PDF library (pdfkit, IBM Plex Sans from dkfds)
 * from the agenda layouts the importer's tests use, read by the product's PDF import as the app
 * runs it (parseAgendaFile: pdf.js text extraction in worker threads, then the PDF-text and the
 * page-text readers and the choice between them), by the extraction alone, and by `pdftotext`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractPdfText } from '../../src/importer/agenda/extract-pdf-text.ts';
import { parseAgendaFile } from '../../src/importer/agenda/parse-agenda-file.ts';
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
  /** The product's whole import of the file (parseAgendaFile: both readers, as the app runs it). */
  productPagesPerSecond: number;
  /** pdf.js text extraction alone (extractPdfText, in the worker threads). */
  extractPagesPerSecond: number;
  pdftotextPagesPerSecond: number | null;
  /** Median of each round's pdftotext time / product time (the two run back to back). */
  roundRatio: number | null;
  /** CPU ms per import, all threads of this process; pdftotext's from the kernel's child times. */
  productCpuMs: number;
  extractCpuMs: number;
  pdftotextCpuMs: number | null;
  casesFound: number;
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** CPU ms used by waited-for child processes (Linux /proc; clock ticks of 10 ms). */
function childrenCpuMs(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * Each round runs the product's import, the extraction alone and `pdftotext` back to back on the
 * same file, so that the load other processes put on the machine hits all three alike.
 */
export async function pdfFigures(minPages: number, rounds: number): Promise<PdfFigures> {
  const { bytes, pages, table } = await agendaPdf(minPages);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-bench-pdf-')), 'agenda.pdf');
  fs.writeFileSync(file, bytes);
  const importFile = () => parseAgendaFile({ fileName: 'agenda.pdf', bytes }, { bodyAbbreviations: table });
  try {
    // Starts the worker threads and loads pdf.js in them (the second starts once the first is
    // warm, and is warm after its first share): not measured.
    const first = await importFile();
    await importFile();
    const product: number[] = [];
    const extract: number[] = [];
    const baseline: number[] = [];
    const ratios: number[] = [];
    const cpu = { product: [] as number[], extract: [] as number[], pdftotext: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      let cpuStart = process.cpuUsage();
      let started = performance.now();
      await importFile();
      product.push(performance.now() - started);
      cpu.product.push(cpuMs(cpuStart));
      cpuStart = process.cpuUsage();
      started = performance.now();
      await extractPdfText(bytes);
      extract.push(performance.now() - started);
      cpu.extract.push(cpuMs(cpuStart));
      const childCpu = childrenCpuMs();
      started = performance.now();
      const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      if (r.error || r.status !== 0) continue;
      baseline.push(performance.now() - started);
      cpu.pdftotext.push(childrenCpuMs() - childCpu);
      ratios.push((baseline.at(-1) as number) / (product.at(-1) as number));
    }
    return {
      pages,
      productPagesPerSecond: pages / (median(product) / 1000),
      extractPagesPerSecond: pages / (median(extract) / 1000),
      pdftotextPagesPerSecond: baseline.length ? pages / (median(baseline) / 1000) : null,
      roundRatio: ratios.length ? median(ratios) : null,
      productCpuMs: median(cpu.product),
      extractCpuMs: median(cpu.extract),
      pdftotextCpuMs: cpu.pdftotext.length ? median(cpu.pdftotext) : null,
      casesFound: first.cases.length,
    };
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
