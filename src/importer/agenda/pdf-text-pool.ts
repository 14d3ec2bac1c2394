/**
 * Worker threads that read PDF text (issue 18): pdf.js spends ~3 ms of CPU per page, which on the
 * main thread would stall every other request, and its legacy build loads polyfills that do not
 * belong in the server's thread. A PDF's pages are read in `PDF_TEXT_PARTS` contiguous shares at
 * once, one per worker (pages are independent), so a long agenda takes about 1/parts of the time
 * on an idle machine. Shares wait in arrival order for one of the workers. The first worker starts
 * on the first PDF (and reads all its shares), the others once it has finished one; workers keep
 * pdf.js loaded and stop after a minute without work (idle ones keep no process alive).
 *
 * The worker is pdf-text-worker.ts: dist/pdf-text-worker.js in the production build, the
 * TypeScript source through tsx otherwise (pdf-text-worker-source.mjs).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfPagesPart } from './extract-pdf-pages.ts';
import type { PdfTextWorkerRequest, PdfTextWorkerResponse } from './pdf-text-worker.ts';

/** Shares per PDF = workers: one per core, at most two (each worker holds its own pdf.js). */
export const PDF_TEXT_PARTS = Math.max(1, Math.min(2, availableParallelism()));
const IDLE_MS = 60_000;

const workerUrl = import.meta.url.endsWith('.ts')
  ? new URL('./pdf-text-worker-source.mjs', import.meta.url)
  : new URL('./pdf-text-worker.js', import.meta.url);

interface Job {
  request: PdfTextWorkerRequest;
  resolve: (part: PdfPagesPart) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  idle: NodeJS.Timeout | null;
  /** Has finished a job, so pdf.js is loaded in it. */
  warm: boolean;
}

const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;

function retire(slot: Slot): void {
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
  if (slot.idle) clearTimeout(slot.idle);
}

function startWorker(): Slot {
  const slot: Slot = { worker: new Worker(workerUrl), job: null, idle: null, warm: false };
  slot.worker.on('message', (response: PdfTextWorkerResponse) => {
    const job = slot.job;
    if (!job || job.request.id !== response.id) return;
    slot.job = null;
    slot.warm = true;
    if ('error' in response) job.reject(new Error(`PDF-læsetråden fejlede: ${response.error}`));
    else job.resolve(response.part);
    dispatch();
  });
  const fail = (error: Error) => {
    retire(slot);
    slot.job?.reject(error);
    slot.job = null;
    dispatch();
  };
  slot.worker.on('error', fail);
  slot.worker.on('exit', (code) => fail(new Error(`PDF-læsetråden stoppede (kode ${code})`)));
  slots.push(slot);
  return slot;
}

function dispatch(): void {
  // One worker starts cold; the others only once it is warm (they load pdf.js as they start), so
  // the first PDF does not pay for loading pdf.js twice at the same time.
  if (slots.length > 0 && slots.every((s) => s.warm)) while (slots.length < PDF_TEXT_PARTS) startWorker();
  while (queue.length > 0) {
    const slot = slots.find((s) => s.job === null) ?? (slots.length === 0 ? startWorker() : null);
    if (!slot) break;
    const job = queue.shift() as Job;
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage(job.request);
  }
  for (const slot of slots) {
    if (slot.job || slot.idle) continue;
    slot.worker.unref();
    slot.idle = setTimeout(() => {
      retire(slot);
      void slot.worker.terminate();
    }, IDLE_MS);
    slot.idle.unref();
  }
}

/** Reads share `part` of `parts` of the PDF's pages in a worker thread (the bytes are copied). */
export function readPdfPagesInWorker(bytes: Uint8Array, part: number, parts: number): Promise<PdfPagesPart> {
  return new Promise<PdfPagesPart>((resolve, reject) => {
    queue.push({ request: { id: nextId++, bytes, part, parts }, resolve, reject });
    dispatch();
  });
}

/** How many workers run now: for tests. */
export function pdfTextPoolSize(): number {
  return slots.length;
}

/** Stops every worker (tests; idle workers are unref'd and stop by themselves). */
export async function closePdfTextPool(): Promise<void> {
  const all = [...slots];
  for (const slot of all) retire(slot);
  await Promise.all(all.map((s) => s.worker.terminate()));
}
