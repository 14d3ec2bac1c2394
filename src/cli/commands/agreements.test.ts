import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';

interface Listing {
  agreements: {
    id: string;
    organisation: string;
    steeringYear: number;
    objectiveArea: string;
    text: string;
    status: string;
    deadline: string | null;
    overdue: boolean;
  }[];
}

let dir = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'agreements-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describeEachDatabase('styringsdialog agreements', (db) => {
  it('lists agreements as JSON with the documented fields, filtered by organisation and status', async () => {
    await runCliAgainst(db(), ['demo']);
    const all = await runCliAgainst(db(), ['agreements', '--municipality', '707', '--json']);
    expect(all.code).toBe(0);
    const listing = all.json<Listing>();
    expect(listing.agreements.length).toBeGreaterThanOrEqual(20);
    for (const key of ['id', 'organisation', 'steeringYear', 'objectiveArea', 'text', 'status', 'deadline']) {
      expect(listing.agreements[0]).toHaveProperty(key);
    }
    const filtered = await runCliAgainst(db(), [
      'agreements',
      '--municipality',
      '707',
      '--organisation',
      'org-grenaa-almene',
      '--status',
      'inProgress',
      '--json',
    ]);
    expect(filtered.json<Listing>().agreements.map((a) => [a.id, a.organisation, a.status])).toEqual([
      ['agr-grenaa-almene-2024-1', 'org-grenaa-almene', 'inProgress'],
    ]);
    const human = await runCliAgainst(db(), ['agreements', '--municipality', '707', '--overdue']);
    expect(human.stdout.split('\n')[0]).toMatch(/^Aftaler: \d+ opfyldt, \d+ i gang, \d+ over deadline\.$/);
    expect(human.stdout).toContain('(over deadline)');
  });

  it('imports a Windows-1252 status file, and a dry run changes nothing', async () => {
    await runCliAgainst(db(), ['demo']);
    const file = path.join(dir, 'statusser.csv');
    await fs.writeFile(
      file,
      iconv.encode(
        'Id;Status;Note\r\nagr-lyngbakken-2024-1;Bortfaldet;Ny administrator – aftalen er forældet\r\n',
        'win1252',
      ),
    );
    const dry = await runCliAgainst(db(), [
      'agreements',
      'import',
      file,
      '--municipality',
      '707',
      '--dry-run',
      '--json',
    ]);
    expect(dry.code).toBe(0);
    expect(dry.json<{ dryRun: boolean; changes: unknown[] }>()).toMatchObject({
      dryRun: true,
      changes: [{ agreementId: 'agr-lyngbakken-2024-1', to: 'dropped' }],
    });
    const stillAgreed = await db()
      .selectFrom('agreement')
      .select('status')
      .where('id', '=', 'agr-lyngbakken-2024-1')
      .executeTakeFirstOrThrow();
    expect(stillAgreed.status).toBe('agreed');

    const real = await runCliAgainst(db(), ['agreements', 'import', file, '--municipality', '707']);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('linje 2: agr-lyngbakken-2024-1 Aftalt → Bortfaldet');
    const history = await db()
      .selectFrom('agreement_status_change')
      .select(['status', 'note'])
      .where('agreement_id', '=', 'agr-lyngbakken-2024-1')
      .orderBy('id')
      .execute();
    expect(history.at(-1)).toEqual({ status: 'dropped', note: 'Ny administrator – aftalen er forældet' });
  });

  it('exits 3 on a bad file, names the line, and changes nothing', async () => {
    await runCliAgainst(db(), ['demo']);
    const file = path.join(dir, 'forkert.csv');
    await fs.writeFile(
      file,
      'Id;Status;Note\nagr-lyngbakken-2024-1;Bortfaldet;Forældet\nagr-nordlyset-2025-1;Opfyldt;\n',
    );
    const before = await db().selectFrom('agreement_status_change').select('id').execute();
    const result = await runCliAgainst(db(), ['agreements', 'import', file, '--municipality', '707']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('linje 3, kolonne Note');
    expect(result.stderr).toContain('Intet er ændret');
    expect(await db().selectFrom('agreement_status_change').select('id').execute()).toEqual(before);
  });
});
