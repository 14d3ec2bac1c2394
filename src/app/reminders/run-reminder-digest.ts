/**
 * The daily reminder digest (issue 13, point 8): for the given date, every user's items due
 * across every municipality where they act (domain/reminders/reminder-rules.ts), queued as ONE
 * e-mail per user through the durable mail queue (enqueueMail; the delivery worker sends it).
 *
 * Exactly once per day, also with two server instances on one PostgreSQL: the run claims its day
 * in `job_run` (primary key job + day) in the same transaction that queues the mails. A second
 * run of the same day waits on the key until the first commits and then finds the day taken —
 * it is refused as a conflict and its transaction, with nothing in it, rolls back. If the first
 * run fails, its claim rolls back with its mails and the next run sends the day. On the embedded
 * database (one process) the same claim holds.
 *
 * `dryRun` computes the digests without claiming or queuing anything. Users who switched
 * reminders off (/min-profil), deactivated users and suspended municipalities get nothing.
 */
import { z } from 'zod';
import { isMailAddress } from '../../domain/mail/mail-address.ts';
import { digestMailHtml, digestMailText, digestSubject } from '../../domain/reminders/digest-mail.ts';
import {
  digestsFor,
  type MergedDigest,
  mergeDigests,
  type ReminderItem,
  type ReminderUser,
} from '../../domain/reminders/reminder-rules.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import { authorize } from '../actor.ts';
import { AppError } from '../app-error.ts';
import { enqueueMail } from '../mail/enqueue-mail.ts';
import { isoDateInput } from '../meetings/inputs.ts';
import type { Store } from '../ports.ts';
import { INSTALLATION, nationalAdmins } from '../tenancy/access.ts';
import { defineUseCase } from '../use-case.ts';
import { loadReminderFacts } from './load-reminder-facts.ts';

/** The job's name in `job_run`. */
export const REMINDER_JOB = 'reminderDigest';

export interface DigestSummary {
  email: string;
  name: string;
  items: number;
  kinds: ReminderItem['kind'][];
}

export interface ReminderRunResult {
  date: IsoDate;
  dryRun: boolean;
  /** The mails queued (or, for a dry run, that would be). */
  digests: DigestSummary[];
  /** Users with something due whose address cannot be written to. */
  unreachable: string[];
}

async function reminderUsersOf(s: Store, municipality: string): Promise<ReminderUser[]> {
  const users = await s.auth.listUsers(municipality);
  const ids = users.map((u) => u.id);
  const [grants, optedOut] = await Promise.all([s.auth.listGrants(ids), s.reminders.optedOut(ids)]);
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    active: u.active,
    remindersEnabled: !optedOut.has(u.id),
    grants: grants
      .filter((g) => g.userId === u.id && g.municipality === municipality && !g.municipalitySuspended)
      .map((g) => ({ role: g.role, organisationId: g.organisationId ?? null })),
  }));
}

/** Every user's digest for `date`, over every municipality that is not suspended. */
export async function computeDigests(s: Store, date: IsoDate): Promise<MergedDigest[]> {
  const municipalities = (await s.registry.listMunicipalities()).filter((m) => !m.suspension);
  const allSettings = await s.reminders.allSettings();
  const per = [];
  for (const m of municipalities) {
    const users = await reminderUsersOf(s, m.code);
    if (!users.some((u) => u.active && u.remindersEnabled)) continue;
    const loaded = await loadReminderFacts(s, m.code, date, { settings: allSettings.get(m.code) ?? null });
    per.push({
      municipality: m.code,
      municipalityName: m.name,
      digests: digestsFor(users, loaded.facts, date, loaded.settings),
    });
  }
  return mergeDigests(per);
}

function summary(d: MergedDigest): DigestSummary {
  const items = d.sections.flatMap((s) => s.items);
  return { email: d.email, name: d.name, items: items.length, kinds: items.map((i) => i.kind) };
}

export const runReminderDigest = defineUseCase({
  name: 'runReminderDigest',
  summary: 'Send dagens påmindelser: én e-mail pr. bruger med det, der venter på dem',
  mutates: true,
  access: nationalAdmins,
  input: z.object({
    date: isoDateInput('Datoen'),
    dryRun: z.boolean().default(false),
    /** The public base URL (PUBLIC_URL): the links in the mails are absolute. */
    linkBase: z.string().url(),
  }),
  async run(ctx, input): Promise<ReminderRunResult> {
    authorize(ctx.actor, nationalAdmins, INSTALLATION);
    const date = input.date;
    if (input.dryRun) {
      const digests = await ctx.uow.read((s) => computeDigests(s, date));
      const reachable = digests.filter((d) => isMailAddress(d.email));
      return {
        date,
        dryRun: true,
        digests: reachable.map(summary),
        unreachable: digests.filter((d) => !isMailAddress(d.email)).map((d) => d.email),
      };
    }
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      if (!(await s.reminders.claimRun(REMINDER_JOB, date, now))) {
        throw new AppError(
          'conflict',
          'Påmindelserne er allerede sendt',
          `Dagens påmindelser for ${date} er allerede sendt (eller sendes lige nu af en anden server). Intet er sendt igen.`,
        );
      }
      const digests = await computeDigests(s, date);
      const reachable = digests.filter((d) => isMailAddress(d.email));
      const unreachable = digests.filter((d) => !isMailAddress(d.email)).map((d) => d.email);
      for (const d of reachable) {
        await enqueueMail(s, {
          to: d.email,
          toName: d.name,
          kind: 'reminderDigest',
          municipality: d.sections.length === 1 ? (d.sections[0]?.municipality ?? null) : null,
          subject: digestSubject(d),
          text: digestMailText(d, input.linkBase),
          html: digestMailHtml(d, input.linkBase),
          createdAt: now,
        });
      }
      const result = { mails: reachable.length, unreachable: unreachable.length };
      await s.reminders.finishRun(REMINDER_JOB, date, now, result);
      await s.audit.append({
        municipality: null,
        action: 'reminders.run',
        entity: 'jobRun',
        entityId: `${REMINDER_JOB}:${date}`,
        before: null,
        after: { ...result, recipients: reachable.map((d) => d.email) },
      });
      return { date, dryRun: false, digests: reachable.map(summary), unreachable };
    });
  },
});
