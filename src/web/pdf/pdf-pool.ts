/**
 * The worker threads that render PDFs (issue 18): drawing a briefing with its charts takes
 * seconds of CPU, which on the main thread would stall every other request — /healthz included.
 * At most one worker per spare core (two at most), started on the first PDF and stopped after a
 * minute without work, so a server that renders none holds no pdfkit or Vega
 * (platform/worker-pool.ts). Admission control (http/admission.ts) still bounds how many requests
 * wait here.
 *
 * The worker is pdf-worker.ts: dist/pdf-worker.js in the production build, the TypeScript source
 * through tsx otherwise (pdf-worker-source.mjs).
 */
import { availableParallelism } from 'node:os';
import { createWorkerPool, type WorkerPoolStats } from '../../platform/worker-pool.ts';
import type { PdfJobName, PdfJobs, PdfRequest, PdfResponse } from './pdf-jobs.ts';

const pool = createWorkerPool<Omit<PdfRequest, 'id'>, Omit<Extract<PdfResponse, { pdf: unknown }>, 'id'>>({
  url: import.meta.url.endsWith('.ts')
    ? new URL('./pdf-worker-source.mjs', import.meta.url)
    : new URL('./pdf-worker.js', import.meta.url),
  size: Math.max(1, Math.min(2, availableParallelism() - 1)),
  idleMs: 60_000,
  label: 'PDF-tråden',
});

/** Renders the named PDF in a worker thread; the arguments cross as structured clones. */
export async function renderPdf<K extends PdfJobName>(
  job: K,
  ...args: Parameters<PdfJobs[K]>
): Promise<Buffer> {
  const { pdf } = await pool.run({ job, args });
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** What the pool has done: for tests and the benchmark. */
export function pdfPoolStats(): WorkerPoolStats {
  return pool.stats();
}

/** Stops every worker (tests; a server's shutdown does not need it, idle workers are unref'd). */
export function closePdfPool(): Promise<void> {
  return pool.close();
}
