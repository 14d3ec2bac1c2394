/**
 * The PDF worker thread (pdf-pool.ts starts it): renders one job at a time from pdf-jobs.ts and
 * posts the bytes back, so that drawing a PDF never holds up the server's event loop.
 * In the production build this is its own entry point, dist/pdf-worker.js (scripts/build.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { type PdfRequest, type PdfResponse, pdfJobs } from './pdf-jobs.ts';

if (!parentPort) throw new Error('pdf-worker.ts runs only as a worker thread');
const port = parentPort;

port.on('message', async (request: PdfRequest) => {
  let response: PdfResponse;
  try {
    const render = pdfJobs[request.job] as (...args: unknown[]) => Promise<Buffer>;
    const pdf = await render(...request.args);
    response = { id: request.id, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
  } catch (error) {
    response = {
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  port.postMessage(response);
});
