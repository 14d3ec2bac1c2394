/**
 * Composition root of the web server (`npm start`): config → database (locked, migrated,
 * demo data on first start) → HTTP server. Closes cleanly on SIGINT/SIGTERM.
 * The embedded database's lock is taken first, before the rest of the app is loaded, so a server
 * restarted after a crash claims its data directory at once (the dead holder is detected from its
 * process id and start time, see db/data-dir-lock.ts).
 * Then the database is opened while the HTTP server's modules are imported: PGlite compiles its
 * WebAssembly on background threads while the main thread loads and builds the server.
 * Exit codes as the README lists them: 5 when another live process holds the data directory.
 */
import { AppError } from '../app/app-error.ts';
import { EXIT, exitCodeByErrorCode } from '../cli/exit-codes.ts';
import { readConfig } from '../config/config.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';
import { openDatabase } from './open-database.ts';

try {
  const config = readConfig(process.env);
  const heldLock = config.databaseUrl ? undefined : await lockDataDir(config.dataDir);
  const database = openDatabase(config, { migrate: true, heldLock });
  // Handled where it is awaited (startServer); this only keeps a failure meanwhile from being
  // reported as an unhandled rejection.
  database.catch(() => {});
  const { startServer } = await import('./start-server.ts');
  await startServer(config, database);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(err instanceof AppError ? exitCodeByErrorCode[err.code] : EXIT.defect);
}
