import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/support/database.ts';
import { checkStoredCompliance } from '../app/governance/rebuild-compliance.ts';
import { loadDemo } from '../app/registry/load-demo.ts';
import { runUseCase } from '../app/run-use-case.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { connect, type OpenDatabase } from './connect.ts';
import { migrateToLatest } from './migrate.ts';
import { staleTables } from './statistics.ts';
import { createUnitOfWork } from './unit-of-work.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'styringsdialog-backup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ctxFor = (open: OpenDatabase) => ({
  actor: { kind: 'system' as const, name: 'test' },
  today: '2026-11-22',
  requestId: 'test',
  uow: createUnitOfWork(open.db, { actor: 'system:test', requestId: 'test' }),
});

async function counts(open: OpenDatabase) {
  const facts = await open.db
    .selectFrom('obligation_fact')
    .select(open.db.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const orgs = await open.db
    .selectFrom('housing_organisation')
    .select(open.db.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { facts: Number(facts.n), organisations: Number(orgs.n) };
}

async function fill(open: OpenDatabase) {
  await migrateToLatest(open.db);
  await runUseCase(loadDemo, ctxFor(open), {});
  return counts(open);
}

describe('backup and restore', () => {
  it('[pglite] restores the embedded database from its own dump; the old directory is kept; the compliance check passes', async () => {
    const source = path.join(tmp, 'source');
    const a = await connect({ dataDir: source, databaseUrl: null });
    const before = await fill(a);
    await a.close();
    const file = path.join(tmp, 'backup.tar.gz');
    const backup = await backupDatabase({ dataDir: source, databaseUrl: null }, file);
    expect(backup.bytes).toBeGreaterThan(1000);

    // Into a directory that already holds another database: moved aside, then replaced.
    const target = path.join(tmp, 'target');
    const b = await connect({ dataDir: target, databaseUrl: null });
    await migrateToLatest(b.db);
    await b.close();
    const restored = await restoreDatabase({ dataDir: target, databaseUrl: null }, file);
    expect(restored.previous).not.toBeNull();
    expect(fs.existsSync(restored.previous!)).toBe(true);

    const c = await connect({ dataDir: target, databaseUrl: null });
    try {
      expect(await counts(c)).toEqual(before);
      expect(before.facts).toBeGreaterThan(0);
      // The demo load left its tables unanalysed (no bulk write); the restore analysed them.
      expect(await staleTables(c.db)).toEqual([]);
      expect(await runUseCase(checkStoredCompliance, ctxFor(c), {})).toMatchObject({ ok: true });
    } finally {
      await c.close();
    }
  }, 300_000);

  it.runIf(databaseKinds().includes('postgres'))(
    '[postgres] restores a pg_dump into another database; the compliance check passes',
    async () => {
      const admin = process.env.TEST_DATABASE_URL!;
      const urlOf = (name: string) => {
        const u = new URL(admin);
        u.pathname = `/${name}`;
        return u.toString();
      };
      const names = [
        `backup_a_${randomBytes(4).toString('hex')}`,
        `backup_b_${randomBytes(4).toString('hex')}`,
      ];
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      for (const n of names) await client.query(`CREATE DATABASE ${n}`);
      try {
        const a = await connect({ dataDir: '', databaseUrl: urlOf(names[0]!) });
        const before = await fill(a);
        await a.close();
        const file = path.join(tmp, 'backup.pgdump');
        await backupDatabase({ dataDir: '', databaseUrl: urlOf(names[0]!) }, file);
        await restoreDatabase({ dataDir: '', databaseUrl: urlOf(names[1]!) }, file);
        const b = await connect({ dataDir: '', databaseUrl: urlOf(names[1]!) });
        try {
          await migrateToLatest(b.db);
          expect(await counts(b)).toEqual(before);
          expect(await staleTables(b.db)).toEqual([]);
          expect(await runUseCase(checkStoredCompliance, ctxFor(b), {})).toMatchObject({ ok: true });
        } finally {
          await b.close();
        }
      } finally {
        for (const n of names) await client.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
        await client.end();
      }
    },
    300_000,
  );
});
