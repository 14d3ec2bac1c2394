/**
 * `npm start`: the compiled server (dist/server.js), built first when it is missing or older
 * than the sources (scripts/build.mjs). It runs in this process, so signals reach it directly.
 * `npm run dev` runs the sources with tsx instead.
 */
import { ensureBuilt } from './build.mjs';

await ensureBuilt();
await import('../dist/server.js');
