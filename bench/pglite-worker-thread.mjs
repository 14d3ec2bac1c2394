// The worker side of bench/pglite-worker.ts: one PGlite loaded from the main thread's dump, serving
// { id, sql, params } messages one at a time (PGlite is a single connection).

import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const pg = await PGlite.create({ loadDataDir: new Blob([workerData.dump]) });
parentPort.on('message', async ({ id, sql, params }) => {
  try {
    const result = await pg.query(sql, params);
    parentPort.postMessage({ id, rows: result.rows });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
parentPort.postMessage({ ready: true });
