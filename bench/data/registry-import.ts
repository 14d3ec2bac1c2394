/**
 * The whole-country registry import (issue 18 target ≤ 30 s) on PGlite and PostgreSQL:
 * writes the national bench registry as 98 registry CSV files (docs/registry-csv.md) into a temp
 * directory, creates the 98 municipalities, then times the bulk import of the directory through
 * the product's use case (what `styringsdialog import-registry DIR` runs, without the process start).
 *
 *   npm run bench:registry-import [-- --database-url URL]   (default: PGlite, and a private
 *   PostgreSQL cluster when the Debian binaries are installed)
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { importRegistryFiles } from '../../src/app/registry/import-registry-files.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { createMunicipality } from '../../src/app/tenancy/create-municipality.ts';
import { connect, type OpenDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createUnitOfWork } from '../../src/db/unit-of-work.ts';
import { findPostgresBin, startCluster } from '../../test/support/postgres-cluster.ts';
import { benchRegistry, registryCsv, registryFileName } from './bench-registry.ts';

const { values } = parseArgs({ options: { 'database-url': { type: 'string' } } });

/**
 * CPU seconds of the PostgreSQL server listening on `port`: the postmaster's own and its ended
 * children's (each connection's backend adds its CPU to the postmaster's when it ends).
 */
async function postgresCpuSeconds(port: string): Promise<number | null> {
  for (const pid of await fs.readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(pid)) continue;
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const args = cmdline.split('\0');
    if (!args[0]?.endsWith('/postgres') || !args.includes(String(port))) continue;
    const stat = (await fs.readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
    // Fields 14–17 of /proc/PID/stat (utime, stime, cutime, cstime), counted from field 3 here.
    const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(stat[i] ?? 0), 0);
    return ticks / 100;
  }
  return null;
}

async function run(label: string, target: { databaseUrl: string | null; dataDir: string }, dir: string) {
  const names = (await fs.readdir(dir)).sort();
  const setup = await connect(target);
  try {
    await migrateToLatest(setup.db);
    const ctx = context(setup);
    for (const n of names)
      await runUseCase(createMunicipality, ctx, { code: n.slice(0, 3), accountsUrl: null });
  } finally {
    await setup.close();
  }
  // The server's CPU is read between connections: a backend's CPU reaches the postmaster when it ends.
  const port = target.databaseUrl ? new URL(target.databaseUrl).port : null;
  const serverBefore = port ? await postgresCpuSeconds(port) : null;
  const database = await connect(target);
  let out: Awaited<ReturnType<typeof importAll>>;
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    out = await importAll(database, names, dir);
  } finally {
    await database.close();
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const serverAfter = port ? await postgresCpuSeconds(port) : null;
  const server =
    serverBefore !== null && serverAfter !== null
      ? `, ${(serverAfter - serverBefore).toFixed(1)} s CPU of the server`
      : '';
  const created = out.files.reduce(
    (a, f) => ({
      organisations: a.organisations + f.created.organisations,
      departments: a.departments + f.created.departments,
      persons: a.persons + f.created.persons,
    }),
    { organisations: 0, departments: 0, persons: 0 },
  );
  console.log(
    `${label.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU of this process${server}; ` +
      `${out.files.length} files: ${created.organisations} organisations, ${created.departments} departments, ${created.persons} persons (load ${os.loadavg()[0]?.toFixed(1)})`,
  );
}

function context(database: OpenDatabase) {
  return {
    actor: { kind: 'system' as const, name: 'bench' },
    today: '2026-12-02',
    requestId: 'bench-registry-import',
    uow: createUnitOfWork(database.db, { actor: 'system:bench', requestId: 'bench-registry-import' }),
  };
}

/** What `styringsdialog import-registry DIR` does after opening the database: read the files, import. */
async function importAll(database: OpenDatabase, names: readonly string[], dir: string) {
  const files = await Promise.all(
    names.map(async (n) => ({
      municipality: n.slice(0, 3),
      file: new Uint8Array(await fs.readFile(path.join(dir, n))),
      fileName: n,
    })),
  );
  return runUseCase(importRegistryFiles, context(database), { files });
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'styringsdialog-registry-files-'));
try {
  for (const m of benchRegistry('national'))
    await fs.writeFile(path.join(dir, registryFileName(m)), registryCsv(m));
  console.log(
    `Whole-country registry import, bulk path (${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  if (values['database-url']) {
    await run('PostgreSQL', { databaseUrl: values['database-url'], dataDir: '' }, dir);
  } else {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'styringsdialog-registry-pglite-'));
    try {
      await run('PGlite', { databaseUrl: null, dataDir }, dir);
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
    const bin = findPostgresBin();
    if (bin) {
      const cluster = await startCluster(bin);
      try {
        await run('PostgreSQL', { databaseUrl: cluster.url, dataDir: '' }, dir);
      } finally {
        cluster.stop();
      }
    } else console.log('PostgreSQL    skipped: no Debian PostgreSQL binaries (give --database-url)');
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
