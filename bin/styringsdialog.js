#!/usr/bin/env node
// The installed command line: runs the compiled program in dist/, building it first when it is
// missing or older than the sources (scripts/build.mjs). `npm run cli` runs the sources with tsx.
import { ensureBuilt } from '../scripts/build.mjs';

await ensureBuilt();
await import('../dist/cli.js');
