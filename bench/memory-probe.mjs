// Loaded into the server by bench/memory.ts (node --import): on SIGUSR2 it writes the process's
// memory breakdown to $MEMORY_PROBE_FILE, after a full garbage collection when --expose-gc is on.
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const spaces = Object.fromEntries(
    v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]),
  );
  writeFileSync(
    process.env.MEMORY_PROBE_FILE,
    JSON.stringify({ usage: process.memoryUsage(), heap: v8.getHeapStatistics(), spaces }),
  );
});
