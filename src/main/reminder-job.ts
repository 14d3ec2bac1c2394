/**
 * The daily reminder digest inside the server (issue 13, point 8): a timer checks every few
 * minutes whether today's digest (the Danish calendar date) has been sent and, from 07:00 Danish
 * time, runs it through the runReminderDigest use case as the system. Safe with several server
 * instances on one PostgreSQL: the use case claims the day in `job_run` in the transaction that
 * queues the mails, so one instance sends and the others are refused (a conflict, logged at
 * info). A server started later in the day sends that day's digest at once; a day on which no
 * server ran is not sent afterwards (yesterday's reminders are stale; `reminders run --date`
 * sends one by hand).
 */

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../app/app-error.ts';
import { REMINDER_JOB, runReminderDigest } from '../app/reminders/run-reminder-digest.ts';
import { runUseCase } from '../app/run-use-case.ts';
import type { Database } from '../db/schema.ts';
import { createUnitOfWork } from '../db/unit-of-work.ts';
import { copenhagenDate, DANISH_ZONE } from '../domain/shared/copenhagen-date.ts';

/** The Danish hour from which the day's digest goes out: mails arrive at the start of the working day. */
export const REMINDER_HOUR = 7;

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_ZONE,
  hour: 'numeric',
  hourCycle: 'h23',
});

export function copenhagenHour(instant: Date): number {
  return Number(hourFormat.format(instant));
}

export interface ReminderJob {
  /** One check now (the timer calls it); resolves to what it did. */
  tick(): Promise<'notYet' | 'alreadySent' | 'sent' | 'sentElsewhere'>;
  stop(): Promise<void>;
}

export function startReminderJob(options: {
  db: Kysely<Database>;
  linkBase: string;
  now?: () => Date;
  intervalMs?: number;
  log: (message: string, details?: Record<string, unknown>) => void;
  onError: (err: unknown) => void;
}): ReminderJob {
  const now = options.now ?? (() => new Date());
  const uow = createUnitOfWork(options.db, { actor: 'system:reminders', requestId: null });
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  async function tick() {
    const at = now();
    if (copenhagenHour(at) < REMINDER_HOUR) return 'notYet' as const;
    const date = copenhagenDate(at);
    if (await uow.read((s) => s.reminders.getRun(REMINDER_JOB, date))) return 'alreadySent' as const;
    try {
      const requestId = `reminders-${randomUUID()}`;
      const ctx = {
        actor: { kind: 'system' as const, name: 'reminders' },
        today: date,
        now: at,
        requestId,
        uow: createUnitOfWork(options.db, { actor: 'system:reminders', requestId }),
      };
      const out = await runUseCase(runReminderDigest, ctx, { date, linkBase: options.linkBase });
      options.log('reminder digest queued', { date, mails: out.digests.length });
      return 'sent' as const;
    } catch (err) {
      if (err instanceof AppError && err.code === 'conflict') return 'sentElsewhere' as const;
      throw err;
    }
  }

  const timer = setInterval(
    () => {
      if (stopped) return;
      running = tick().catch(options.onError);
    },
    options.intervalMs ?? 5 * 60_000,
  );
  timer.unref();
  // The first check soon after start, not an interval later.
  const first = setTimeout(() => {
    running = tick().catch(options.onError);
  }, 1000);
  first.unref();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
