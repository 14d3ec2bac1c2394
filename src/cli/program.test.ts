import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAgainst } from '../../test/support/cli-harness.ts';
import { connectInMemory, type OpenDatabase } from '../db/connect.ts';

describe('styringsdialog CLI conventions', () => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await connectInMemory();
  });
  afterAll(async () => {
    await open.close();
  });

  it('prints help with every command and exits 0', async () => {
    const r = await runCliAgainst(open.db, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('serve');
    expect(r.stdout).toContain('migrate');
  });

  it('exits 2 with a message on stderr for an unknown command', async () => {
    const r = await runCliAgainst(open.db, ['fly']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fly');
  });

  it('migrates, then reports that the database is up to date (human and --json)', async () => {
    const first = await runCliAgainst(open.db, ['migrate', '--json']);
    expect(first.code).toBe(0);
    expect(first.json<{ applied: string[] }>().applied).toContain('2026-11-22T1410-registry');
    const second = await runCliAgainst(open.db, ['migrate']);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('Databasen er allerede opdateret.');
  });
});
