/**
 * Backup and restore of either database (issue 18), for `styringsdialog backup FILE` /
 * `restore FILE`:
 * - the embedded database: PGlite's own `dumpDataDir` (a gzipped tarball of the data directory),
 *   restored with `loadDataDir` into a fresh directory; the data directory's lock is taken, so
 *   neither runs beside the server, and a restore moves the old directory aside, never deletes it;
 * - a PostgreSQL server: `pg_dump --format=custom` and `pg_restore --clean --if-exists
 *   --single-transaction` (all or nothing), from the Debian binaries or PATH;
 * - either way the restored database's planner statistics are brought up to date before it is
 *   used (`vacuumdb --analyze-only` on a server; the stale tables of PGlite, db/statistics.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import { lockDataDir } from './data-dir-lock.ts';
import { pgliteStartParams } from './pglite-start-params.ts';
import type { Database } from './schema.ts';
import { refreshStatistics } from './statistics.ts';

export interface BackupTarget {
  dataDir: string;
  databaseUrl: string | null;
}

function postgresTool(name: 'pg_dump' | 'pg_restore' | 'vacuumdb'): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions[0] ? path.join(root, versions[0], 'bin', name) : name;
}

function run(tool: string, args: string[]): void {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${path.basename(tool)} kunne ikke startes: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${path.basename(tool)} fejlede: ${r.stderr.trim()}`);
}

export async function backupDatabase(
  target: BackupTarget,
  file: string,
): Promise<{ kind: string; bytes: number }> {
  if (target.databaseUrl) {
    run(postgresTool('pg_dump'), ['--format=custom', '--no-owner', `--file=${file}`, target.databaseUrl]);
    return { kind: 'postgres', bytes: fs.statSync(file).size };
  }
  const release = await lockDataDir(target.dataDir);
  try {
    const pgdata = path.join(target.dataDir, 'pgdata');
    if (!fs.existsSync(pgdata)) throw new Error(`Der er ingen database i ${pgdata}.`);
    const pglite = await PGlite.create(pgdata, { startParams: pgliteStartParams(PGlite.defaultStartParams) });
    try {
      const dump = await pglite.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      fs.writeFileSync(file, bytes);
      return { kind: 'pglite', bytes: bytes.length };
    } finally {
      await pglite.close();
    }
  } finally {
    await release();
  }
}

/** Restores `file`; the embedded database's previous directory is kept beside it (returned). */
export async function restoreDatabase(
  target: BackupTarget,
  file: string,
): Promise<{ kind: string; previous: string | null }> {
  if (!fs.existsSync(file)) throw new Error(`Filen ${file} findes ikke.`);
  if (target.databaseUrl) {
    run(postgresTool('pg_restore'), [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      `--dbname=${target.databaseUrl}`,
      file,
    ]);
    // A dump carries no planner statistics (PostgreSQL 15): analyse now rather than wait for
    // autovacuum, so the first requests after a restore are planned from real row counts.
    run(postgresTool('vacuumdb'), ['--analyze-only', '--quiet', `--dbname=${target.databaseUrl}`]);
    return { kind: 'postgres', previous: null };
  }
  const release = await lockDataDir(target.dataDir);
  try {
    const pgdata = path.join(target.dataDir, 'pgdata');
    let previous: string | null = null;
    if (fs.existsSync(pgdata)) {
      previous = `${pgdata}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(pgdata, previous);
    }
    try {
      const pglite = await PGlite.create(pgdata, {
        startParams: pgliteStartParams(PGlite.defaultStartParams),
        loadDataDir: new Blob([fs.readFileSync(file)]),
      });
      // The copied directory holds its planner statistics; a table never analysed in it (a backup
      // of a bench load, an older version) is analysed now (db/statistics.ts).
      await refreshStatistics(new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) }));
      await pglite.close();
    } catch (err) {
      fs.rmSync(pgdata, { recursive: true, force: true });
      if (previous) fs.renameSync(previous, pgdata);
      throw err;
    }
    return { kind: 'pglite', previous };
  } finally {
    await release();
  }
}
