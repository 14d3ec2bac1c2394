/**
 * An exclusive lock on the data directory. PGlite does not lock its files, and a second process
 * that opens the same directory loses its writes silently — so every process that opens the
 * embedded database takes this lock first and refuses with a clear message when it is held.
 * proper-lockfile keeps the lock fresh while we run and treats it as stale after a crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../app/app-error.ts';

export class DataDirLockedError extends AppError {
  constructor(readonly lockPath: string) {
    super(
      'databaseLocked',
      'Databasen er i brug',
      `Databasen i ${path.dirname(lockPath)} er i brug af en anden proces (låsen ${lockPath} er taget). ` +
        'Stop serveren først, eller brug en anden STYRINGSDIALOG_DATA. / ' +
        `The database is in use by another process (lock ${lockPath} is held).`,
    );
  }
}

export function lockPathFor(dataDir: string): string {
  return path.join(dataDir, 'styringsdialog.lock');
}

/** Takes the lock; resolves to a release function. Throws DataDirLockedError when it is held. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = lockPathFor(dataDir);
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: 15_000,
      update: 5_000,
      onCompromised: (err) => {
        // Another process took the lock from us: writing on would corrupt the database.
        console.error(`Låsen på databasen er mistet / database lock compromised: ${err.message}`);
        process.exit(1);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(lockPath);
    throw err;
  }
}
