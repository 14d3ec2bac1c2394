/**
 * Composition root of the web server (`npm start`): config → database (locked, migrated,
 * demo data on first start) → HTTP server. Closes cleanly on SIGINT/SIGTERM.
 *
 * The database is opened before the HTTP server's modules are imported: PGlite compiles its
 * WebAssembly on background threads while the main thread loads and builds the server.
 */
import { readConfig } from '../config/config.ts';
import { openDatabase } from './open-database.ts';

try {
  const config = readConfig(process.env);
  const database = openDatabase(config, { migrate: true });
  // Handled where it is awaited (startServer); this only keeps a failure meanwhile from being
  // reported as an unhandled rejection.
  database.catch(() => {});
  const { startServer } = await import('./start-server.ts');
  await startServer(config, database);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
