/**
 * Opens the configured database and brings its schema up to date.
 */
import type { Config } from '../config/config.ts';
import { connect, type OpenDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

export async function openDatabase(
  config: Config,
  options: { migrate: boolean; heldLock?: () => Promise<void> },
): Promise<OpenDatabase> {
  const open = await connect({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    heldLock: options.heldLock,
  });
  try {
    if (options.migrate) await migrateToLatest(open.db);
    return open;
  } catch (err) {
    await open.close();
    throw err;
  }
}
