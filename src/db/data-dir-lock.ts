/**
 * An exclusive lock on the data directory. PGlite does not lock its files, and a second process
 * that opens the same directory loses its writes silently — so every process that opens the
 * embedded database takes this lock first and refuses with a clear message when it is held.
 *
 * The lock is a file naming its holder: process id, the process's start time (field 22 of
 * /proc/<pid>/stat on Linux) and the boot id. A holder that is gone — no such process, or the
 * process id reused by a process that started at another time, or another boot — is dead, and
 * the lock is taken over at once (after `kill -9` a restart does not wait for a stale timeout).
 * The lock file is created with link(2), which fails when the file exists, so two processes can
 * never both create it; a dead holder's file is first renamed aside and checked to still be the
 * dead holder's before it is dropped, so a racing newcomer's fresh lock is put back, not lost.
 * While we run, the lock is checked every few seconds; a lock that is no longer ours stops the
 * process before it can write into a database someone else has opened.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../app/app-error.ts';

export class DataDirLockedError extends AppError {
  constructor(
    readonly lockPath: string,
    readonly holder?: LockHolder,
  ) {
    super(
      'databaseLocked',
      'Databasen er i brug',
      `Databasen i ${path.dirname(lockPath)} er i brug af en anden proces` +
        `${holder ? ` (proces ${holder.pid})` : ''} (låsen ${lockPath} er taget). ` +
        'Stop serveren først, eller brug en anden STYRINGSDIALOG_DATA. / ' +
        `The database is in use by another process (lock ${lockPath} is held).`,
    );
  }
}

/** Who holds the lock: enough to tell a live holder from a dead one on the same machine. */
export interface LockHolder {
  pid: number;
  /** Start time of the process in clock ticks since boot (Linux), or null where unknown. */
  startTime: number | null;
  bootId: string | null;
  hostname: string;
  token: string;
}

export function lockPathFor(dataDir: string): string {
  return path.join(dataDir, 'styringsdialog.lock');
}

/** Field 22 (starttime) of /proc/<pid>/stat, or null when unreadable (no such process, no /proc). */
export function processStartTime(pid: number): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Field 2 (comm) is in parentheses and may contain spaces: count fields after the last ')'.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const value = Number(rest[22 - 3]);
  return Number.isFinite(value) ? value : null;
}

function bootId(): string | null {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Is the recorded holder still running? Unknown means alive: never steal a lock we cannot judge. */
export function holderIsAlive(holder: LockHolder): boolean {
  if (holder.hostname !== os.hostname()) return true;
  const currentBoot = bootId();
  if (holder.bootId && currentBoot && holder.bootId !== currentBoot) return false;
  if (!processExists(holder.pid)) return false;
  if (holder.startTime === null) return true;
  const startTime = processStartTime(holder.pid);
  return startTime === null || startTime === holder.startTime;
}

function currentHolder(): LockHolder {
  return {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    bootId: bootId(),
    hostname: os.hostname(),
    token: crypto.randomUUID(),
  };
}

function readHolder(file: string): { raw: string; holder: LockHolder | null } | null {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const parsed = JSON.parse(raw) as LockHolder;
    return typeof parsed.pid === 'number' ? { raw, holder: parsed } : { raw, holder: null };
  } catch {
    return { raw, holder: null };
  }
}

/** Tries once to create the lock file atomically; false when it exists. */
function tryCreate(lockPath: string, content: string): boolean {
  const temp = `${lockPath}.${process.pid}.${crypto.randomUUID()}.tmp`;
  fs.writeFileSync(temp, content, { flag: 'wx' });
  try {
    fs.linkSync(temp, lockPath);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Moves a dead holder's lock aside; puts it back when it turned out to be a newcomer's live lock. */
function dropDeadLock(lockPath: string, deadRaw: string): void {
  const aside = `${lockPath}.${process.pid}.${crypto.randomUUID()}.dead`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else dropped it
    throw err;
  }
  const moved = fs.readFileSync(aside, 'utf8');
  if (moved !== deadRaw) {
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // A third process created a lock meanwhile: it holds it now, we will see it as alive.
    }
  }
  fs.rmSync(aside, { force: true });
}

/**
 * Earlier versions locked with proper-lockfile: a directory whose mtime its holder refreshed every
 * 5 s, stale after 15 s. Such a lock left by a crash is dropped; a fresh one is a running holder.
 */
function dropOldDirectoryLock(lockPath: string): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(lockPath);
  } catch {
    return false;
  }
  if (!stat.isDirectory()) return false;
  if (Date.now() - stat.mtimeMs < 15_000) throw new DataDirLockedError(lockPath);
  fs.rmSync(lockPath, { recursive: true, force: true });
  return true;
}

export interface LockOptions {
  /** How often the running holder checks that the lock is still its own (ms). */
  checkEveryMs?: number;
  onCompromised?: (message: string) => void;
}

/** Takes the lock; resolves to a release function. Throws DataDirLockedError when a live process holds it. */
export async function lockDataDir(dataDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = lockPathFor(dataDir);
  const me = currentHolder();
  const content = JSON.stringify(me);
  for (let attempt = 0; attempt < 20; attempt++) {
    if (tryCreate(lockPath, content)) return holdLock(lockPath, content, options);
    if (dropOldDirectoryLock(lockPath)) continue;
    const existing = readHolder(lockPath);
    if (!existing) continue; // released between our attempt and the read
    if (existing.holder === null) {
      // A lock without a readable holder: the format of an older version (proper-lockfile made a
      // directory) or a foreign file. Refuse rather than guess.
      throw new DataDirLockedError(lockPath);
    }
    if (holderIsAlive(existing.holder)) throw new DataDirLockedError(lockPath, existing.holder);
    dropDeadLock(lockPath, existing.raw);
  }
  throw new DataDirLockedError(lockPath);
}

function holdLock(lockPath: string, content: string, options: LockOptions): () => Promise<void> {
  const compromised =
    options.onCompromised ??
    ((message: string) => {
      // Another process took the lock from us: writing on would corrupt the database.
      console.error(message);
      process.exit(1);
    });
  const timer = setInterval(() => {
    const now = readHolder(lockPath);
    if (now?.raw !== content) {
      clearInterval(timer);
      compromised(`Låsen på databasen er mistet / database lock lost: ${lockPath}`);
    }
  }, options.checkEveryMs ?? 5_000);
  timer.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    clearInterval(timer);
    if (readHolder(lockPath)?.raw === content) fs.rmSync(lockPath, { force: true });
  };
}
