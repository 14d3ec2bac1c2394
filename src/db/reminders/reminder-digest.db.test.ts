/**
 * The daily reminder digest against a real database (issue 13, point 8), on PGlite and
 * PostgreSQL: two runs of the same day at once send each user's digest once (the day is claimed
 * in job_run); a user who switched reminders off gets nothing; a dry run queues and claims
 * nothing; the server's job sends from 07:00 Danish time, once a day. The queued digests are
 * delivered through SMTP to a real SMTP server (smtp-server) and read back with mailparser.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { insertReminderMeetings } from '../../../test/support/reminder-meetings.ts';
import { type SmtpReceiver, startSmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { seedDemoUsers } from '../../app/auth/demo-users.ts';
import { deliverDueMail } from '../../app/mail/deliver-mail.ts';
import { loadDemo } from '../../app/registry/load-demo.ts';
import { runReminderDigest } from '../../app/reminders/run-reminder-digest.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import { createSmtpTransport } from '../../mail/smtp-transport.ts';
import { startReminderJob } from '../../main/reminder-job.ts';
import { createUnitOfWork } from '../unit-of-work.ts';

const DAY = '2026-11-22';
const LINK_BASE = 'https://styringsdialog.norddjurs.demo';

describeEachDatabase('daily reminder digest', (db) => {
  let smtp: SmtpReceiver;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  let n = 0;
  const ctx = (name = 'test'): UseCaseContext => {
    const requestId = `${name}-${++n}`;
    return {
      actor: { kind: 'system', name },
      today: DAY,
      now: new Date(`${DAY}T06:30:00Z`),
      requestId,
      uow: createUnitOfWork(db(), { actor: `system:${name}`, requestId }),
    };
  };

  async function demo() {
    await runUseCase(loadDemo, ctx(), {});
    await runUseCase(seedDemoUsers, ctx(), {});
    await insertReminderMeetings(db());
  }

  const digests = () =>
    db()
      .selectFrom('outbox')
      .select(['to_address', 'subject', 'body'])
      .where('kind', '=', 'reminderDigest')
      .orderBy('to_address')
      .execute();

  it('sends each user’s digest once when two servers run the same day at the same moment', async () => {
    await demo();
    const runs = await Promise.allSettled([
      runUseCase(runReminderDigest, ctx('server-a'), { date: DAY, linkBase: LINK_BASE }),
      runUseCase(runReminderDigest, ctx('server-b'), { date: DAY, linkBase: LINK_BASE }),
    ]);
    const sent = runs.filter((r) => r.status === 'fulfilled');
    const refused = runs.filter((r) => r.status === 'rejected');
    expect(sent).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
    const mails = await digests();
    // The case officer (the municipality's tasks) and the Djurslandsbo board (its own); the
    // admin acts only when there is no case officer; officials and politicians have no tasks.
    expect(mails.map((m) => m.to_address)).toEqual([
      'bestyrelse@djurslandsbo.demo',
      'sagsbehandler@norddjurs.demo',
    ]);
    const run = await db().selectFrom('job_run').selectAll().execute();
    expect(run).toHaveLength(1);
    expect(run[0]?.result).toMatchObject({ mails: 2 });
    // A third run later the same day is refused too; nothing more is queued.
    await expect(
      runUseCase(runReminderDigest, ctx(), { date: DAY, linkBase: LINK_BASE }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await digests()).toHaveLength(2);
    // The next day is a new day.
    await runUseCase(runReminderDigest, ctx(), { date: '2026-11-23', linkBase: LINK_BASE });
    expect(await digests()).toHaveLength(4);
  });

  it('respects a user who switched reminders off, and a dry run queues and claims nothing', async () => {
    await demo();
    await db()
      .updateTable('app_user')
      .set({ reminders_enabled: false })
      .where('email', '=', 'bestyrelse@djurslandsbo.demo')
      .execute();
    const dry = await runUseCase(runReminderDigest, ctx(), { date: DAY, dryRun: true, linkBase: LINK_BASE });
    expect(dry.digests.map((d) => d.email)).toEqual(['sagsbehandler@norddjurs.demo']);
    expect(await digests()).toHaveLength(0);
    expect(await db().selectFrom('job_run').selectAll().execute()).toHaveLength(0);
    await runUseCase(runReminderDigest, ctx(), { date: DAY, linkBase: LINK_BASE });
    expect((await digests()).map((m) => m.to_address)).toEqual(['sagsbehandler@norddjurs.demo']);
  });

  it('runs in the server from 07:00 Danish time, once a day', async () => {
    await demo();
    let clock = new Date('2026-11-22T05:30:00Z'); // 06:30 in Copenhagen
    const job = startReminderJob({
      db: db(),
      linkBase: LINK_BASE,
      now: () => clock,
      intervalMs: 3_600_000,
      log: () => {},
      onError: (err) => {
        throw err;
      },
    });
    try {
      expect(await job.tick()).toBe('notYet');
      clock = new Date('2026-11-22T06:05:00Z'); // 07:05
      expect(await job.tick()).toBe('sent');
      expect(await job.tick()).toBe('alreadySent');
      expect(await digests()).toHaveLength(2);
    } finally {
      await job.stop();
    }
  });

  it('delivers the digest through SMTP: one message per user, Danish text and HTML with full links', async () => {
    await demo();
    await runUseCase(runReminderDigest, ctx(), { date: DAY, linkBase: LINK_BASE });
    smtp.received.length = 0;
    const transport = createSmtpTransport({
      url: smtp.url,
      from: 'Norddjurs Kommune <styringsdialog@norddjurs.demo>',
    });
    try {
      const tried = await deliverDueMail({
        uow: createUnitOfWork(db(), { actor: 'system:mail', requestId: null }),
        transport,
        now: () => new Date(`${DAY}T07:00:00Z`),
      });
      expect(tried).toBe(2);
    } finally {
      transport.close();
    }
    const byTo = new Map(smtp.received.map((m) => [m.envelopeTo[0], m.parsed]));
    expect([...byTo.keys()].sort()).toEqual(['bestyrelse@djurslandsbo.demo', 'sagsbehandler@norddjurs.demo']);

    const board = byTo.get('bestyrelse@djurslandsbo.demo');
    expect(board?.subject).toMatch(/^Styringsdialog: \d+ opgaver? venter på dig$/);
    expect(board?.text).toContain(
      'Referatet af »Styringsdialogmøde 2026 med Djurslandsbo« (10-11-2026) venter på godkendelse fra boligorganisationen.',
    );
    expect(board?.text).toContain(`${LINK_BASE}/moeder/rm-djurslandsbo-minutes`);
    expect(board?.text).toContain(`${LINK_BASE}/moeder/dokumentationspakke/org-djurslandsbo/2026`);
    expect(board?.text).toContain(`${LINK_BASE}/min-profil`);
    expect(board?.text).not.toContain('Lyngbakken');
    expect(board?.text).not.toContain('Grenaa');
    expect(board?.html).toContain(`<a href="${LINK_BASE}/moeder/rm-djurslandsbo-minutes">`);
    expect(board?.html).toContain('lang="da"');

    const officer = byTo.get('sagsbehandler@norddjurs.demo');
    expect(officer?.text).toContain(
      'Redegørelsen for »Styringsdialogmøde 2026 med Lyngbakken« (15-09-2026) er ikke offentliggjort 68 dage efter mødet.',
    );
    expect(officer?.text).toContain(`${LINK_BASE}/moeder/rm-lyngbakken-account`);
    expect(officer?.text).toMatch(new RegExp(`${LINK_BASE}/aftaler/[^\\s]+`));
    expect(officer?.text).not.toContain('venter på godkendelse');
    expect(officer?.html).toContain('Slå dem fra under Mine adgange');
  });
});
