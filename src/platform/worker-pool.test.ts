import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from './worker-pool.ts';

// A worker that doubles `n` after `ms`, or fails when asked to.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'worker-pool-'));
const workerFile = path.join(dir, 'double.mjs');
fs.writeFileSync(
  workerFile,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, n, ms, fail }) => {
  setTimeout(() => parentPort.postMessage(fail ? { id, error: 'bad ' + n } : { id, doubled: n * 2 }), ms);
});`,
);
const url = pathToFileURL(workerFile);
type Request = { n: number; ms: number; fail?: boolean };
const pools: WorkerPool<Request, { doubled: number }>[] = [];
const pool = (size: number, warmFirst = false) => {
  const p = createWorkerPool<Request, { doubled: number }>({
    url,
    size,
    idleMs: 60_000,
    label: 'Testtråden',
    warmFirst,
  });
  pools.push(p);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('worker pool', () => {
  it('answers every job with its own result, never more workers than its size', async () => {
    const p = pool(2);
    const jobs = [5, 1, 4, 2, 3].map((n) => p.run({ n, ms: n * 5 }));
    expect(p.stats().workers).toBe(2);
    expect(p.stats().queued).toBe(3);
    expect((await Promise.all(jobs)).map((r) => r.doubled)).toEqual([10, 2, 8, 4, 6]);
    expect(p.stats()).toEqual({ workers: 2, busy: 0, queued: 0, completed: 5 });
  });

  it('rejects a failed job with the label in Danish and goes on with the next', async () => {
    const p = pool(1);
    const failed = p.run({ n: 7, ms: 1, fail: true });
    const next = p.run({ n: 8, ms: 1 });
    await expect(failed).rejects.toThrow('Testtråden fejlede: bad 7');
    expect((await next).doubled).toBe(16);
  });

  it('with warmFirst starts one worker until it has finished a job, then the rest', async () => {
    const p = pool(2, true);
    const first = [p.run({ n: 1, ms: 20 }), p.run({ n: 2, ms: 20 })];
    expect(p.stats().workers).toBe(1);
    await Promise.all(first);
    expect(p.stats().workers).toBe(2);
  });
});
