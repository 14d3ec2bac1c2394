import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';

describeEachDatabase('styringsdialog compliance rebuild / check', (db) => {
  it('checks the stored compliance after the demo, finds a tampered row (exit 3) and rebuilds it', async () => {
    expect((await runCliAgainst(db(), ['demo'])).code).toBe(0);
    const ok = await runCliAgainst(db(), ['compliance', 'check']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^OK: den gemte opfyldelse for \d+ kommune\(r\)/);

    await sql`UPDATE compliance_obligation SET assessment = jsonb_set(assessment::jsonb, '{completedLate}', 'true')::json
      WHERE municipality = '707' AND year = 2024`.execute(db());
    const bad = await runCliAgainst(db(), ['compliance', 'check', '--json']);
    expect(bad.code).toBe(3);
    const report = bad.json<{ ok: boolean; checks: { municipality: string; different: string[] }[] }>();
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.municipality === '707')!.different.length).toBeGreaterThan(0);

    const rebuilt = await runCliAgainst(db(), ['compliance', 'rebuild']);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(/beregnet forfra for \d+ kommune/);
    expect((await runCliAgainst(db(), ['compliance', 'check'])).code).toBe(0);
  });

  it('still shows a year without a subcommand, and asks for both options', async () => {
    await runCliAgainst(db(), ['demo']);
    const year = await runCliAgainst(db(), ['compliance', '--municipality', '707', '--year', '2025']);
    expect(year.code).toBe(0);
    expect(year.stdout).toContain('Styringsdialogmøde afholdt');
    const missing = await runCliAgainst(db(), ['compliance', '--municipality', '707']);
    expect(missing.code).toBe(2);
  });
});
