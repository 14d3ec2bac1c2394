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

/** `defaults`: `PGlite.defaultStartParams` of the installed PGlite. */
export function pgliteStartParams(defaults: readonly string[]): string[] {
  return [...defaults, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`];
}
