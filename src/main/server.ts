/**
 * Composition root of the web server (`npm start`): config → database (locked, migrated,
 * demo data on first start) → HTTP server. Closes cleanly on SIGINT/SIGTERM.
 */
import { readConfig } from '../config/config.ts';
import { startServer } from './start-server.ts';

try {
  const config = readConfig(process.env);
  await startServer(config);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
