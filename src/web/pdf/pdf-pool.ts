/**
 * A small pool of worker threads that render PDFs (issue 18): drawing a briefing with its charts
 * takes seconds of CPU, which on the main thread would stall every other request — /healthz
 * included. Jobs wait in arrival order for one of at most `POOL_SIZE` workers (one per spare
 * core, at most two); each worker renders one PDF at a time. Workers start on the first PDF and
 * stop after a minute without work, so a server that renders none holds no pdfkit or Vega.
 * Admission control (http/admission.ts) still bounds how many requests wait here.
 *
 * The worker is pdf-worker.ts: dist/pdf-worker.js in the production build, the TypeScript source
 * through tsx otherwise (pdf-worker-source.mjs).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfJobName, PdfJobs, PdfRequest, PdfResponse } from './pdf-jobs.ts';

const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism() - 1));
const IDLE_MS = 60_000;

const workerUrl = import.meta.url.endsWith('.ts')
  ? new URL('./pdf-worker-source.mjs', import.meta.url)
  : new URL('./pdf-worker.js', import.meta.url);

interface Job {
  request: PdfRequest;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  idle: NodeJS.Timeout | null;
}

const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;
let completed = 0;

function retire(slot: Slot): void {
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
  if (slot.idle) clearTimeout(slot.idle);
}

function startWorker(): Slot {
  const slot: Slot = { worker: new Worker(workerUrl), job: null, idle: null };
  slot.worker.on('message', (response: PdfResponse) => {
    const job = slot.job;
    if (!job || job.request.id !== response.id) return;
    slot.job = null;
    completed++;
    if ('error' in response) job.reject(new Error(`PDF-tråden fejlede: ${response.error}`));
    else job.resolve(Buffer.from(response.pdf.buffer, response.pdf.byteOffset, response.pdf.byteLength));
    dispatch();
  });
  const fail = (error: Error) => {
    retire(slot);
    slot.job?.reject(error);
    slot.job = null;
    dispatch();
  };
  slot.worker.on('error', fail);
  slot.worker.on('exit', (code) => fail(new Error(`PDF-tråden stoppede (kode ${code})`)));
  slots.push(slot);
  return slot;
}

function dispatch(): void {
  while (queue.length > 0) {
    const slot = slots.find((s) => s.job === null) ?? (slots.length < POOL_SIZE ? startWorker() : null);
    if (!slot) return;
    const job = queue.shift() as Job;
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage(job.request);
  }
  for (const slot of slots) {
    if (slot.job || slot.idle) continue;
    // An idle worker keeps no process alive and stops after a while.
    slot.worker.unref();
    slot.idle = setTimeout(() => {
      retire(slot);
      void slot.worker.terminate();
    }, IDLE_MS);
    slot.idle.unref();
  }
}

/** Renders the named PDF in a worker thread; the arguments cross as structured clones. */
export function renderPdf<K extends PdfJobName>(job: K, ...args: Parameters<PdfJobs[K]>): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    queue.push({ request: { id: nextId++, job, args }, resolve, reject });
    dispatch();
  });
}

/** What the pool has done: for tests and the benchmark. */
export function pdfPoolStats(): { workers: number; busy: number; queued: number; completed: number } {
  return {
    workers: slots.length,
    busy: slots.filter((s) => s.job !== null).length,
    queued: queue.length,
    completed,
  };
}

/** Stops every worker (tests; a server's shutdown does not need it, idle workers are unref'd). */
export async function closePdfPool(): Promise<void> {
  const all = [...slots];
  for (const slot of all) retire(slot);
  await Promise.all(all.map((s) => s.worker.terminate()));
}
