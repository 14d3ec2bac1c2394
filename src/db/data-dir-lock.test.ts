/**
 * The data directory lock decides from the holder's process id and start time: a live holder
 * keeps it, a dead one (gone, or its pid reused by a later process) loses it at once.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DataDirLockedError,
  holderIsAlive,
  lockDataDir,
  lockPathFor,
  processStartTime,
} from './data-dir-lock.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-lock-unit-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function writeHolder(dir: string, holder: object): void {
  fs.writeFileSync(
    lockPathFor(dir),
    JSON.stringify({ hostname: os.hostname(), bootId: null, token: 'x', ...holder }),
  );
}

describe('data directory lock', () => {
  it('reads the start time of a running process and none for a missing one', () => {
    expect(processStartTime(process.pid)).toBeGreaterThan(0);
    expect(processStartTime(2 ** 22 + 17)).toBeNull();
  });

  it('refuses while a live process holds it, in the same process too', async () => {
    const dir = tempDir();
    const release = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await release();
    const again = await lockDataDir(dir);
    await again();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  });

  it('refuses a lock held by another live process', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await new Promise((r) => child.once('spawn', r));
      const pid = child.pid as number;
      writeHolder(dir, { pid, startTime: processStartTime(pid) });
      expect(holderIsAlive(JSON.parse(fs.readFileSync(lockPathFor(dir), 'utf8')))).toBe(true);
      const err = await lockDataDir(dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as DataDirLockedError).detail).toContain(`proces ${pid}`);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over at once from a holder killed with SIGKILL', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    await new Promise((r) => child.once('spawn', r));
    const pid = child.pid as number;
    writeHolder(dir, { pid, startTime: processStartTime(pid) });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const started = Date.now();
    const release = await lockDataDir(dir);
    expect(Date.now() - started).toBeLessThan(500);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dir), 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('takes over when the pid now belongs to a process that started at another time', async () => {
    const dir = tempDir();
    // Our own pid with another start time: the recorded holder is gone and the pid was reused.
    writeHolder(dir, { pid: process.pid, startTime: (processStartTime(process.pid) ?? 0) + 1 });
    const release = await lockDataDir(dir);
    await release();
  });

  it('keeps a lock it cannot judge: another host, or an unreadable holder', async () => {
    const dir = tempDir();
    writeHolder(dir, { pid: 2 ** 22 + 17, startTime: 1, hostname: 'elsewhere.example' });
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    fs.writeFileSync(lockPathFor(dir), 'not json');
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it('drops a stale lock directory of the earlier format, keeps a fresh one', async () => {
    const dir = tempDir();
    fs.mkdirSync(lockPathFor(dir));
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockPathFor(dir), old, old);
    const release = await lockDataDir(dir);
    await release();
  });

  it('notices when the lock is no longer its own', async () => {
    const dir = tempDir();
    let lost = '';
    const release = await lockDataDir(dir, { checkEveryMs: 20, onCompromised: (m) => (lost = m) });
    writeHolder(dir, { pid: 1, startTime: 1 });
    await new Promise((r) => setTimeout(r, 100));
    expect(lost).toContain('styringsdialog.lock');
    await release();
    expect(fs.existsSync(lockPathFor(dir))).toBe(true); // not ours: left alone
  });
});
