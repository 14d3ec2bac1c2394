/**
 * Starts the HTTP server on the configured database and keeps it running until a signal.
 */
import { seedDemoUsers } from '../app/auth/demo-users.ts';
import { refreshStaleCompliance } from '../app/governance/compliance-state.ts';
import { type MailWorker, startMailWorker } from '../app/mail/deliver-mail.ts';
import { runUseCase } from '../app/run-use-case.ts';
import type { Config } from '../config/config.ts';
import type { OpenDatabase } from '../db/connect.ts';
import { createUnitOfWork } from '../db/unit-of-work.ts';
import { buildHttpServer } from '../http/server.ts';
import { createSmtpTransport } from '../mail/smtp-transport.ts';
import { webModule } from '../web/register-web.ts';
import { createHttpDeps } from './http-deps.ts';
import { loadDemoOnFirstStart } from './load-demo-on-first-start.ts';
import { openDatabase } from './open-database.ts';
import { type ReminderJob, startReminderJob } from './reminder-job.ts';
import { type StatisticsJob, startStatisticsJob } from './statistics-job.ts';
import { systemContext } from './system-context.ts';
import { createWebhookPost } from './webhook-sender.ts';
import { startWebhookWorker } from './webhook-worker.ts';

/**
 * `opening`: the database when the caller has already begun to open it (main/server.ts), with
 * the data directory's lock taken before the app was loaded.
 */
export async function startServer(config: Config, opening?: Promise<OpenDatabase>): Promise<void> {
  const database = await (opening ?? openDatabase(config, { migrate: true }));
  const app = await buildHttpServer(createHttpDeps(config, database), webModule);
  const webhooks = startWebhookWorker(
    createUnitOfWork(database.db, { actor: 'system:webhooks', requestId: null }),
    createWebhookPost({ allowPrivateTargets: config.webhookAllowPrivateTargets }),
    app.log,
  );
  let stopping = false;
  let mailWorker: MailWorker | null = null;
  let reminders: ReminderJob | null = null;
  let statistics: StatisticsJob | null = null;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    await webhooks.stop();
    await reminders?.stop();
    await statistics?.stop();
    await app.close();
    await mailWorker?.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  if (config.demoOnFirstStart) {
    const loaded = await loadDemoOnFirstStart(systemContext(database, 'first-start'), config.publicUrl);
    if (loaded) app.log.info('demo data loaded');
    // Idempotent, and a no-op unless the demo municipality exists: also fills in the demo users
    // of a database whose demo data was loaded before accounts existed.
    const seeded = await runUseCase(seedDemoUsers, systemContext(database, 'first-start'), {});
    if (seeded.created.length > 0) app.log.info({ users: seeded.created }, 'demo users created');
  }
  if (config.smtp) {
    // The delivery worker: in this process, on a timer; safe beside other instances (deliver-mail.ts).
    mailWorker = await startMailWorker({
      uow: createUnitOfWork(database.db, { actor: 'system:mail', requestId: null }),
      transport: createSmtpTransport(config.smtp),
      now: () => new Date(),
      intervalMs: 2000,
      releaseClaimsAtStart: database.kind === 'pglite',
      log: (e) => app.log.info(e, 'mail delivery'),
      onError: (err) => app.log.error({ err }, 'mail delivery failed'),
    });
  }
  await app.listen({ port: config.port, host: config.host });
  // The daily reminder digest (issue 13, point 8): claimed per day, so one instance sends it.
  reminders = startReminderJob({
    db: database.db,
    linkBase: config.publicUrl,
    log: (message, details) => app.log.info(details ?? {}, message),
    onError: (err) => app.log.error({ err }, 'reminder digest failed'),
  });
  // The embedded database has no autovacuum: analyse stale tables now (in the background, after
  // /healthz answers) and every ten minutes (statistics-job.ts).
  if (database.kind === 'pglite')
    statistics = startStatisticsJob({
      db: database.db,
      log: (message, details) => app.log.info(details, message),
      onError: (err) => app.log.error({ err }, 'refreshing planner statistics failed'),
    });
  // Stored compliance left stale by writes outside the use cases (an upgrade, a script, a
  // restore) is recomputed in the background; reads are correct meanwhile, only slower.
  const ctx = systemContext(database, 'start');
  ctx.uow
    .write((s) => refreshStaleCompliance(s, ctx.today))
    .then((done) => {
      if (done.length > 0) app.log.info({ municipalities: done.length }, 'stored compliance refreshed');
    })
    .catch((err: unknown) => app.log.error({ err }, 'refreshing stored compliance failed'));
  const where = database.kind === 'pglite' ? `indlejret database i ${config.dataDir}` : 'PostgreSQL-server';
  console.log(`\nStyringsdialog kører på ${config.publicUrl} (${where}).`);
  console.log(loginHint());
}

function loginHint(): string {
  return 'Log ind med en af demobrugerne, fx sagsbehandler@norddjurs.demo / demo1234 (se README).';
}
