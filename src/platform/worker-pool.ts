/**
 * A small pool of worker threads for CPU-heavy jobs that must not stall the server's event loop
 * (issue 18: PDF rendering in web/pdf/pdf-pool.ts, PDF text in importer/agenda/pdf-text-pool.ts).
 * Jobs wait in arrival order for one of at most `size` workers, each working on one job at a
 * time. Workers start on demand and stop after `idleMs` without work; idle workers keep no
 * process alive. With `warmFirst`, one worker starts cold and the others only once it has
 * finished a job, so a worker that loads a large library as it starts does not compete with the
 * others loading the same on the first job.
 *
 * The worker answers every message `{ id, ...request }` with `{ id, ...result }` or
 * `{ id, error }`. This module knows nothing of the jobs: it imports nothing from the codebase.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions {
  /** The worker's entry module. */
  url: URL;
  size: number;
  idleMs: number;
  /** Names the worker in error messages shown to users (Danish), e.g. "PDF-tråden". */
  label: string;
  warmFirst?: boolean;
}

export interface WorkerPoolStats {
  workers: number;
  busy: number;
  queued: number;
  completed: number;
}

export interface WorkerPool<Request extends object, Result extends object> {
  /** Runs one job in a worker; the request and the result cross as structured clones. */
  run(request: Request): Promise<Result>;
  stats(): WorkerPoolStats;
  /** Stops every worker (tests; idle workers stop by themselves). */
  close(): Promise<void>;
}

type Response<Result> = { id: number } & (Result | { error: string });

interface Job<Result> {
  id: number;
  request: object;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

interface Slot<Result> {
  worker: Worker;
  job: Job<Result> | null;
  idle: NodeJS.Timeout | null;
  /** Has finished a job (whatever it loads as it starts is loaded). */
  warm: boolean;
}

export function createWorkerPool<Request extends object, Result extends object>(
  options: WorkerPoolOptions,
): WorkerPool<Request, Result> {
  const slots: Slot<Result>[] = [];
  const queue: Job<Result>[] = [];
  let nextId = 1;
  let completed = 0;

  function retire(slot: Slot<Result>): void {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    if (slot.idle) clearTimeout(slot.idle);
  }

  function startWorker(): Slot<Result> {
    const slot: Slot<Result> = { worker: new Worker(options.url), job: null, idle: null, warm: false };
    slot.worker.on('message', (response: Response<Result>) => {
      const job = slot.job;
      if (!job || job.id !== response.id) return;
      slot.job = null;
      slot.warm = true;
      completed++;
      if ('error' in response) job.reject(new Error(`${options.label} fejlede: ${response.error}`));
      else {
        const { id: _id, ...result } = response;
        job.resolve(result as unknown as Result);
      }
      dispatch();
    });
    const fail = (error: Error) => {
      retire(slot);
      slot.job?.reject(error);
      slot.job = null;
      dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`${options.label} stoppede (kode ${code})`)));
    slots.push(slot);
    return slot;
  }

  /** A worker to give the next job: a free one, else a new one while the pool may grow. */
  function freeSlot(): Slot<Result> | null {
    const free = slots.find((s) => s.job === null);
    if (free) return free;
    if (slots.length >= options.size) return null;
    // With warmFirst the others start at the top of dispatch(), once the first is warm.
    return !options.warmFirst || slots.length === 0 ? startWorker() : null;
  }

  function dispatch(): void {
    if (options.warmFirst && slots.length > 0 && slots.every((s) => s.warm))
      while (slots.length < options.size) startWorker();
    while (queue.length > 0) {
      const slot = freeSlot();
      if (!slot) break;
      const job = queue.shift() as Job<Result>;
      if (slot.idle) clearTimeout(slot.idle);
      slot.idle = null;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, ...job.request });
    }
    for (const slot of slots) {
      if (slot.job || slot.idle) continue;
      slot.worker.unref();
      slot.idle = setTimeout(() => {
        retire(slot);
        void slot.worker.terminate();
      }, options.idleMs);
      slot.idle.unref();
    }
  }

  return {
    run(request) {
      return new Promise<Result>((resolve, reject) => {
        queue.push({ id: nextId++, request, resolve, reject });
        dispatch();
      });
    },
    stats() {
      return {
        workers: slots.length,
        busy: slots.filter((s) => s.job !== null).length,
        queued: queue.length,
        completed,
      };
    },
    async close() {
      const all = [...slots];
      for (const slot of all) retire(slot);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
