import { expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';

interface Plan {
  municipality: string;
  year: number;
  obligations: {
    id: string;
    kind: string;
    organisation: { id: string; name: string } | null;
    periodStart: string;
    periodEnd: string;
    dueBy: string;
    statutory: boolean;
    basis: string;
    modelId: string | null;
  }[];
}

interface Listing {
  organisations: { id: string; seatMunicipality: string; active: boolean }[];
}

describeEachDatabase('styringsdialog plan / compliance / record', (db) => {
  async function demo() {
    expect((await runCliAgainst(db(), ['demo'])).code).toBe(0);
  }

  it('plans 2027 under the 2022 model: one dialogue meeting per active organisation seated in 707 and one theme meeting', async () => {
    await demo();
    const r = await runCliAgainst(db(), ['plan', '--municipality', '707', '--year', '2027', '--json']);
    expect(r.code).toBe(0);
    const plan = r.json<Plan>();
    expect(plan.municipality).toBe('707');
    expect(plan.year).toBe(2027);
    const orgs = (
      await runCliAgainst(db(), ['organisations', '--municipality', '707', '--json'])
    ).json<Listing>().organisations;
    const owing = orgs
      .filter((o) => o.active && o.seatMunicipality === '707')
      .map((o) => o.id)
      .sort();
    const meetings = plan.obligations.filter((o) => o.kind === 'dialogueMeeting');
    expect(meetings.map((o) => o.organisation?.id).sort()).toEqual(owing);
    expect(owing.length).toBeLessThan(orgs.length); // the one seated elsewhere and the dissolved one are left out
    const themes = plan.obligations.filter((o) => o.kind === 'themeMeeting');
    expect(themes).toHaveLength(1);
    expect(themes[0]).toMatchObject({
      organisation: null,
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
    });
    expect(
      plan.obligations.some((o) => o.kind === 'dialogueForum' || o.kind === 'coordinationGroupMeeting'),
    ).toBe(false);
    for (const o of plan.obligations) {
      expect(o).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          dueBy: expect.any(String),
          basis: expect.any(String),
          statutory: expect.any(Boolean),
        }),
      );
      expect('modelId' in o).toBe(true);
    }
  });

  it('plans 2021 under the 2011 model: dialogue forum and coordination group, no theme meeting', async () => {
    await demo();
    const plan = (
      await runCliAgainst(db(), ['plan', '--municipality', '707', '--year', '2021', '--json'])
    ).json<Plan>();
    const kinds = new Set(plan.obligations.map((o) => o.kind));
    expect(kinds.has('dialogueForum')).toBe(true);
    expect(kinds.has('coordinationGroupMeeting')).toBe(true);
    expect(kinds.has('themeMeeting')).toBe(false);
  });

  it('gives identical obligation ids when called twice', async () => {
    await demo();
    const a = (
      await runCliAgainst(db(), ['plan', '--municipality', '707', '--year', '2027', '--json'])
    ).json<Plan>();
    const b = (
      await runCliAgainst(db(), ['plan', '--municipality', '707', '--year', '2027', '--json'])
    ).json<Plan>();
    expect(a.obligations.map((o) => o.id)).toEqual(b.obligations.map((o) => o.id));
    expect(new Set(a.obligations.map((o) => o.id)).size).toBe(a.obligations.length);
  });

  it('records a held meeting and its published account, and compliance then shows the obligation met', async () => {
    await demo();
    type Compliance = { obligations: { id: string; status: string }[]; summary: { sentences: string[] } };
    const compliance = async () =>
      (
        await runCliAgainst(db(), ['compliance', '--municipality', '707', '--year', '2026', '--json'])
      ).json<Compliance>();
    const heldCount = (c: Compliance) =>
      Number(
        /Styringsdialogmøde afholdt med (\d+) af \d+ boligorganisationer/.exec(
          c.summary.sentences.join(' '),
        )?.[1],
      );
    const before = await compliance();
    // Nordlyset's statutory meeting: the demo's meeting history holds none with it in 2026.
    const meeting = before.obligations.find((o) =>
      o.id.startsWith('dialogueMeeting:707:org-nordlyset:2026:'),
    );
    expect(meeting?.status).toBe('due');
    if (!meeting) throw new Error('no dialogue meeting due in 2026');
    const held = await runCliAgainst(db(), [
      'record',
      '--municipality',
      '707',
      '--obligation',
      meeting.id,
      '--kind',
      'meetingHeld',
      '--date',
      '2026-10-14',
      '--ref',
      'møde-1',
    ]);
    expect(held.code).toBe(0);
    const published = await runCliAgainst(db(), [
      'record',
      '--municipality',
      '707',
      '--obligation',
      meeting.id,
      '--kind',
      'accountPublished',
      '--date',
      '2026-11-20',
    ]);
    expect(published.code).toBe(0);
    const c = await compliance();
    expect(c.obligations.find((o) => o.id === meeting.id)?.status).toBe('met');
    expect(heldCount(c)).toBe(heldCount(before) + 1);
    // The other statutory meetings of 2026 are unchanged by the record.
    for (const o of c.obligations.filter((x) => x.id !== meeting.id && x.id.startsWith('dialogueMeeting:'))) {
      expect(o.status).toBe(before.obligations.find((b) => b.id === o.id)?.status);
    }
  });

  it('refuses an unknown obligation (exit 4) and a fact dated in the future (exit 3), storing nothing', async () => {
    await demo();
    const before = await db().selectFrom('obligation_fact').selectAll().execute();
    const unknown = await runCliAgainst(db(), [
      'record',
      '--municipality',
      '707',
      '--obligation',
      'dialogueMeeting:707:nope:2025:legalFloor#1',
      '--kind',
      'meetingHeld',
      '--date',
      '2025-10-01',
    ]);
    expect(unknown.code).toBe(4);
    const future = await runCliAgainst(db(), [
      'record',
      '--municipality',
      '707',
      '--obligation',
      'x',
      '--kind',
      'meetingHeld',
      '--date',
      '2099-01-01',
    ]);
    expect(future.code).toBe(3);
    expect(future.stderr).toContain('2099-01-01');
    expect(await db().selectFrom('obligation_fact').selectAll().execute()).toEqual(before);
  });
});
