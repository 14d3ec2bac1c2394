/**
 * PGlite's start parameters: its defaults plus smaller shared buffers. PostgreSQL's buffer pool
 * lives in PGlite's WebAssembly memory and is zero-filled when PGlite starts, so its whole size is
 * resident from the first moment: 128 MB (initdb's default in postgresql.conf) cost every start
 * ~0.35 s of CPU and ~120 MiB of RSS. Pages beyond the pool are read from the data directory's
 * files, which the kernel's page cache keeps (outside the process). Durability is unchanged: the
 * same WAL and the same writes to the data directory, only fewer pages cached in-process.
 * Measured in docs/benchmarks.md ("Start-up and memory"). No imports: the bench's bare server
 * opens PGlite with the same parameters without loading the app.
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

/**
 * The planner's price of a page read out of order, relative to one read in order (1). PostgreSQL's
 * default 4 prices a spinning disk; PGlite's pages are in its own buffers or the kernel's page
 * cache, where both cost about the same (the usual setting for SSDs and cached data). With 4 the
 * planner fetched the largest municipality's 1,456 agreements by bitmap and sorted them (~35 ms)
 * instead of reading them in the index's order (~2 ms) (docs/benchmarks.md, "Statistics and
 * indexes"). A PostgreSQL server keeps its operator's setting.
 */
export const PGLITE_RANDOM_PAGE_COST = '1.1';

/** `defaults`: `PGlite.defaultStartParams` of the installed PGlite. */
export function pgliteStartParams(defaults: readonly string[]): string[] {
  return [
    ...defaults,
    '-c',
    `shared_buffers=${PGLITE_SHARED_BUFFERS}`,
    '-c',
    `random_page_cost=${PGLITE_RANDOM_PAGE_COST}`,
  ];
}
