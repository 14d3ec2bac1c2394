/**
 * Worker threads that read PDF text (issue 18): pdf.js spends ~3 ms of CPU per page, which on the
 * main thread would stall every other request, and its legacy build loads polyfills that do not
 * belong in the server's thread. A PDF's pages are read in `PDF_TEXT_PARTS` contiguous shares at
 * once, one per worker (pages are independent). The first worker starts on the first PDF (and
 * reads all its shares), the others once it has finished one (`warmFirst`: each loads pdf.js as
 * it starts); workers stop after a minute without work (platform/worker-pool.ts).
 *
 * The worker is pdf-text-worker.ts: dist/pdf-text-worker.js in the production build, the
 * TypeScript source through tsx otherwise (pdf-text-worker-source.mjs).
 */
import { availableParallelism } from 'node:os';
import { createWorkerPool } from '../../platform/worker-pool.ts';
import type { PdfPagesPart } from './extract-pdf-pages.ts';
import type { PdfTextWorkerRequest } from './pdf-text-worker.ts';

/** Shares per PDF = workers: one per core, at most two (each worker holds its own pdf.js). */
export const PDF_TEXT_PARTS = Math.max(1, Math.min(2, availableParallelism()));

const pool = createWorkerPool<Omit<PdfTextWorkerRequest, 'id'>, { part: PdfPagesPart }>({
  url: import.meta.url.endsWith('.ts')
    ? new URL('./pdf-text-worker-source.mjs', import.meta.url)
    : new URL('./pdf-text-worker.js', import.meta.url),
  size: PDF_TEXT_PARTS,
  idleMs: 60_000,
  label: 'PDF-læsetråden',
  warmFirst: true,
});

/** Reads share `part` of `parts` of the PDF's pages in a worker thread (the bytes are copied). */
export async function readPdfPagesInWorker(
  bytes: Uint8Array,
  part: number,
  parts: number,
): Promise<PdfPagesPart> {
  return (await pool.run({ bytes, part, parts })).part;
}

/** How many workers run now: for tests. */
export function pdfTextPoolSize(): number {
  return pool.stats().workers;
}

/** Stops every worker (tests; idle workers are unref'd and stop by themselves). */
export function closePdfTextPool(): Promise<void> {
  return pool.close();
}
