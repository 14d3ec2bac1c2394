import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { norddjursModels } from '../../domain/governance-model/norddjurs-models.ts';

function writeJson(value: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sd-model-')), 'model.json');
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

const model2022 = () => {
  const m = norddjursModels()[1];
  if (!m) throw new Error('no 2022 model');
  return m;
};

describeEachDatabase('styringsdialog models', (db) => {
  it('refuses a model version without the yearly statutory meeting (exit 3, naming § 164) and stores nothing', async () => {
    await runCliAgainst(db(), ['demo']);
    const before = await db().selectFrom('governance_model_version').selectAll().execute();
    const belowFloor = {
      ...model2022(),
      validFrom: '2027-01-01',
      meetingRules: model2022().meetingRules.filter((r) => r.kind !== 'dialogueMeeting'),
    };
    const r = await runCliAgainst(db(), ['models', 'adopt', writeJson(belowFloor), '--municipality', '707']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('§ 164');
    expect(await db().selectFrom('governance_model_version').selectAll().execute()).toEqual(before);
  });

  it('adopts a new version, closes the previous one the day before, and keeps the history', async () => {
    await runCliAgainst(db(), ['demo']);
    const next = { ...model2022(), name: 'Styringsmodel 2027', validFrom: '2027-01-01', validTo: null };
    const r = await runCliAgainst(db(), [
      'models',
      'adopt',
      writeJson(next),
      '--municipality',
      '707',
      '--reason',
      'KB 10-12-2026',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ version: 3, validFrom: '2027-01-01' });
    const list = (await runCliAgainst(db(), ['models', 'list', '--municipality', '707', '--json'])).json<{
      versions: { version: number; validFrom: string; validTo: string | null; changes: unknown[] }[];
    }>();
    expect(list.versions.map((v) => [v.version, v.validFrom, v.validTo])).toEqual([
      [1, '2012-01-01', '2022-12-31'],
      [2, '2023-01-01', '2026-12-31'],
      [3, '2027-01-01', null],
    ]);
    expect(list.versions[2]?.changes.length).toBeGreaterThan(0);
  });

  it('refuses a version that does not start after the current one', async () => {
    await runCliAgainst(db(), ['demo']);
    const r = await runCliAgainst(db(), [
      'models',
      'adopt',
      writeJson({ ...model2022(), validFrom: '2020-01-01' }),
      '--municipality',
      '707',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('2023-01-01');
  });
});
