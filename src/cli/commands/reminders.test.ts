import { expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { insertReminderMeetings } from '../../../test/support/reminder-meetings.ts';

describeEachDatabase('styringsdialog reminders', (db) => {
  async function demo() {
    expect((await runCliAgainst(db(), ['demo'])).code).toBe(0);
    await insertReminderMeetings(db());
  }
  const queued = async () =>
    (await db().selectFrom('outbox').select('to_address').where('kind', '=', 'reminderDigest').execute())
      .length;

  it('runs the digest once for a date: a dry run first, then the run, then a second run is a conflict (exit 5)', async () => {
    await demo();
    const dry = await runCliAgainst(db(), ['reminders', 'run', '--date', '22-11-2026', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Prøvekørsel for 2026-11-22 – intet er sendt. 2 e-mails ville blive sendt.');
    expect(dry.stdout).toContain('bestyrelse@djurslandsbo.demo');
    expect(await queued()).toBe(0);

    const run = await runCliAgainst(db(), ['reminders', 'run', '--date', '2026-11-22', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { digests: { email: string }[] };
    expect(out.digests.map((d) => d.email).sort()).toEqual([
      'bestyrelse@djurslandsbo.demo',
      'sagsbehandler@norddjurs.demo',
    ]);
    expect(await queued()).toBe(2);

    const again = await runCliAgainst(db(), ['reminders', 'run', '--date', '2026-11-22']);
    expect(again.code).toBe(5);
    expect(again.stderr).toContain('allerede sendt');
    expect(await queued()).toBe(2);
  });

  it('refuses an impossible date with a Danish message (exit 3) and stores the municipality’s N days', async () => {
    await demo();
    const bad = await runCliAgainst(db(), ['reminders', 'run', '--date', '31-02-2026']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('Datoen');
    const settings = await runCliAgainst(db(), [
      'reminders',
      'settings',
      '--municipality',
      '707',
      '--package-days-before',
      '5',
      '--account-days-after',
      '30',
      '--agreement-days-ahead',
      '400',
    ]);
    expect(settings.code).toBe(3);
    expect(settings.stderr).toContain('mellem 0 og 365 dage');
    const ok = await runCliAgainst(db(), [
      'reminders',
      'settings',
      '--municipality',
      '707',
      '--package-days-before',
      '5',
      '--account-days-after',
      '30',
      '--agreement-days-ahead',
      '14',
    ]);
    expect(ok.code).toBe(0);
    // With 5 days, neither planned meeting (9 and 13 days away) is reminded of its package.
    const dry = await runCliAgainst(db(), [
      'reminders',
      'run',
      '--date',
      '2026-11-22',
      '--dry-run',
      '--json',
    ]);
    const kinds = (JSON.parse(dry.stdout) as { digests: { kinds: string[] }[] }).digests.flatMap(
      (d) => d.kinds,
    );
    expect(kinds).not.toContain('packageMissing');
    expect(kinds).toContain('accountNotPublished');
  });
});
