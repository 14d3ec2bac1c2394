// Runs pdf-text-worker.ts from the sources (npm run dev, tests): registers tsx in the worker
// thread first, since a worker does not inherit a loader registered in the main thread. The
// compiled server starts dist/pdf-text-worker.js instead (pdf-text-pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./pdf-text-worker.ts');
