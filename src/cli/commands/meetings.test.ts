import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { connectInMemory, type OpenDatabase } from '../../db/connect.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { isWorkingDay } from '../../domain/calendar/index.ts';

interface PlanJson {
  meetings: {
    obligationId: string;
    kind: string;
    organisation: string | null;
    date: string;
    startTime: string;
    endTime: string;
  }[];
}

describe('styringsdialog meetings', () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await connectInMemory();
    await migrateToLatest(database.db);
    await loadDemoInto(database);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('plan-year proposes one meeting per dialogue-meeting obligation, on working days in the window', async () => {
    const res = await runCliAgainst(database.db, [
      'meetings',
      'plan-year',
      '--municipality',
      '707',
      '--year',
      '2027',
      '--json',
    ]);
    expect(res.code, res.stderr).toBe(0);
    const plan = res.json<PlanJson>();
    const compliance = await runCliAgainst(database.db, [
      'compliance',
      '--municipality',
      '707',
      '--year',
      '2027',
      '--json',
    ]);
    const dialogueObligations = compliance
      .json<{ obligations: { id: string; kind: string }[] }>()
      .obligations.filter((o) => o.kind === 'dialogueMeeting')
      .map((o) => o.id)
      .sort();
    const dialogue = plan.meetings.filter((m) => m.kind === 'dialogueMeeting');
    expect(dialogue.map((m) => m.obligationId).sort()).toEqual(dialogueObligations);
    expect(dialogue.length).toBeGreaterThan(3);
    for (const m of dialogue) {
      expect(m.date).toMatch(/^2027-(09|10|11|12)-\d{2}$/);
      expect(isWorkingDay(m.date), m.date).toBe(true);
      expect(m.startTime).toMatch(/^\d{2}:\d{2}$/);
      expect(m.organisation).toBeTruthy();
    }
  });

  it('plan-year without --year is a usage error with a message', async () => {
    const res = await runCliAgainst(database.db, ['meetings', 'plan-year', '--municipality', '707']);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('--year');
  });

  it('lists no meetings before any are planned', async () => {
    const res = await runCliAgainst(database.db, ['meetings', 'list', '--municipality', '707', '--json']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.json<{ meetings: unknown[] }>().meetings).toEqual([]);
  });
});
