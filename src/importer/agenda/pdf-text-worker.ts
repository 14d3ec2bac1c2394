/**
 * The PDF text worker thread (pdf-text-pool.ts starts it): reads one share of a PDF's pages at a
 * time with extract-pdf-pages.ts and posts the texts back, so pdf.js never runs on (nor loads
 * into) the server's main thread. In the production build this is its own entry point,
 * dist/pdf-text-worker.js (scripts/build.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { extractPdfPages, type PdfPagesPart, type PdfPagesRequest } from './extract-pdf-pages.ts';
import { loadPdfjs } from './load-pdfjs.ts';

export type PdfTextWorkerRequest = PdfPagesRequest & { id: number };
export type PdfTextWorkerResponse = { id: number } & ({ part: PdfPagesPart } | { error: string });

if (!parentPort) throw new Error('pdf-text-worker.ts runs only as a worker thread');
const port = parentPort;
// This thread exists to read PDFs: load pdf.js now, not on the first share it is given.
void loadPdfjs().catch(() => undefined);

port.on('message', async ({ id, ...request }: PdfTextWorkerRequest) => {
  let response: PdfTextWorkerResponse;
  try {
    response = { id, part: await extractPdfPages(request) };
  } catch (error) {
    response = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(response);
});
