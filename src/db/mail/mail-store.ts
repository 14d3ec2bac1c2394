/**
 * Kysely adapter for the mail queue port (app/mail/mail-store.ts) on the `outbox` table and its
 * delivery log. Claims use `FOR UPDATE SKIP LOCKED` (PostgreSQL and PGlite alike) plus a lease,
 * so the claim itself commits at once and no transaction stays open while the SMTP server
 * answers; a claim token guards the result against a worker whose lease ran out.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  ClaimedMail,
  MailAttachment,
  MailLogEntry,
  MailLogEvent,
  MailState,
  MailStore,
  QueuedMail,
} from '../../app/mail/mail-store.ts';
import type { Database, OutboxRow } from '../schema.ts';

function toMail(r: Selectable<OutboxRow>): QueuedMail {
  return {
    id: Number(r.id),
    messageId: r.message_id ?? `outbox-${r.id}`,
    to: r.to_address,
    toName: r.to_name,
    subject: r.subject,
    text: r.body,
    html: r.html,
    calendar:
      r.calendar && r.calendar_method
        ? { method: r.calendar_method as 'REQUEST' | 'CANCEL' | 'PUBLISH', content: r.calendar }
        : null,
    attachments: (r.attachments ?? []) as MailAttachment[],
    municipality: r.municipality,
    kind: r.kind,
    state: r.state as MailState,
    attempts: r.attempts,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    nextAttemptAt: r.next_attempt_at,
    lastResponse: r.last_response,
  };
}

async function appendLog(
  db: Kysely<Database>,
  entry: {
    id: number;
    at: Date;
    event: MailLogEvent;
    attempt: number;
    detail?: string | null;
    actor?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('mail_delivery_log')
    .values({
      outbox_id: entry.id,
      at: entry.at,
      event: entry.event,
      attempt: entry.attempt,
      detail: entry.detail ?? null,
      actor: entry.actor ?? null,
    })
    .execute();
}

/** A server's answer can be long (a multi-line 5yz); the log keeps enough to read it. */
const clip = (text: string) => (text.length > 2000 ? `${text.slice(0, 2000)}…` : text);

export function createMailStore(db: Kysely<Database>): MailStore {
  return {
    async enqueue(m) {
      const messageId = randomUUID();
      const row = await db
        .insertInto('outbox')
        .values({
          to_address: m.to,
          to_name: m.toName ?? null,
          subject: m.subject,
          body: m.text,
          html: m.html ?? null,
          calendar_method: m.calendar?.method ?? null,
          calendar: m.calendar?.content ?? null,
          attachments: JSON.stringify(m.attachments ?? []),
          kind: m.kind,
          municipality: m.municipality ?? null,
          message_id: messageId,
          created_at: m.createdAt,
          next_attempt_at: m.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      await appendLog(db, { id, at: m.createdAt, event: 'queued', attempt: 0 });
      return { id, messageId };
    },

    async list() {
      const rows = await db.selectFrom('outbox').selectAll().orderBy('id').execute();
      return rows.map((r) => ({
        id: Number(r.id),
        to: r.to_address,
        subject: r.subject,
        body: r.body,
        createdAt: r.created_at,
        sentAt: r.sent_at,
      }));
    },

    async get(id) {
      const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toMail(row) : null;
    },

    async listFor(municipality, query = {}) {
      if (query.ids && query.ids.length === 0) return [];
      let q = db.selectFrom('outbox').selectAll().where('municipality', '=', municipality);
      if (query.kind) q = q.where('kind', '=', query.kind);
      if (query.ids) q = q.where('id', 'in', [...query.ids]);
      const rows = await q.orderBy('id', 'desc').execute();
      return rows.map(toMail);
    },

    async log(id) {
      const rows = await db
        .selectFrom('mail_delivery_log')
        .selectAll()
        .where('outbox_id', '=', id)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        at: r.at,
        event: r.event as MailLogEvent,
        attempt: r.attempt,
        detail: r.detail,
        actor: r.actor,
      }));
    },

    async claimNext(now, leaseMs) {
      const token = randomUUID();
      const until = new Date(now.getTime() + leaseMs);
      const result = await sql<Selectable<OutboxRow>>`
        UPDATE outbox SET claim_token = ${token}, claimed_until = ${until}, attempts = attempts + 1
        WHERE id = (
          SELECT id FROM outbox
          WHERE state = 'queued' AND next_attempt_at <= ${now}
            AND (claimed_until IS NULL OR claimed_until < ${now})
          ORDER BY next_attempt_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED
        )
        RETURNING *`.execute(db);
      const row = result.rows[0];
      if (!row) return null;
      // Raw SQL bypasses the dialect's type parsers only for jsonb on some drivers.
      const attachments = typeof row.attachments === 'string' ? JSON.parse(row.attachments) : row.attachments;
      const asDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));
      return {
        ...toMail({
          ...row,
          attachments,
          created_at: asDate(row.created_at) as Date,
          sent_at: asDate(row.sent_at),
          next_attempt_at: asDate(row.next_attempt_at) as Date,
        }),
        claimToken: token,
      };
    },

    async markSent(claim, at, response) {
      const updated = await db
        .updateTable('outbox')
        .set({
          state: 'sent',
          sent_at: at,
          claim_token: null,
          claimed_until: null,
          last_response: clip(response),
        })
        .where('id', '=', claim.id)
        .where('claim_token', '=', claim.claimToken)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return false;
      await appendLog(db, {
        id: claim.id,
        at,
        event: 'sent',
        attempt: claim.attempts,
        detail: clip(response),
      });
      return true;
    },

    async markFailed(claim, at, response, retryAt) {
      const updated = await db
        .updateTable('outbox')
        .set({
          state: retryAt ? 'queued' : 'failed',
          next_attempt_at: retryAt ?? at,
          claim_token: null,
          claimed_until: null,
          last_response: clip(response),
        })
        .where('id', '=', claim.id)
        .where('claim_token', '=', claim.claimToken)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return false;
      await appendLog(db, {
        id: claim.id,
        at,
        event: retryAt ? 'retry' : 'failed',
        attempt: claim.attempts,
        detail: clip(retryAt ? `${response} (nyt forsøg ${retryAt.toISOString()})` : response),
      });
      return true;
    },

    async releaseAllClaims() {
      const updated = await db
        .updateTable('outbox')
        .set({ claim_token: null, claimed_until: null })
        .where('claim_token', 'is not', null)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows);
    },

    async withholdQueued(municipality, at, reason) {
      const rows = await db
        .updateTable('outbox')
        .set({ state: 'withheld', claim_token: null, claimed_until: null })
        .where('municipality', '=', municipality)
        .where('state', '=', 'queued')
        .returning('id')
        .execute();
      for (const r of rows)
        await appendLog(db, { id: Number(r.id), at, event: 'withheld', attempt: 0, detail: reason });
      return rows.length;
    },

    async logsFor(ids) {
      const out = new Map<number, MailLogEntry[]>();
      if (ids.length === 0) return out;
      const rows = await db
        .selectFrom('mail_delivery_log')
        .selectAll()
        .where('outbox_id', 'in', [...ids])
        .orderBy('id')
        .execute();
      for (const r of rows) {
        const id = Number(r.outbox_id);
        out.set(id, [
          ...(out.get(id) ?? []),
          { at: r.at, event: r.event as MailLogEvent, attempt: r.attempt, detail: r.detail, actor: r.actor },
        ]);
      }
      return out;
    },

    async requeue(id, at, actor) {
      const updated = await db
        .updateTable('outbox')
        .set({ state: 'queued', next_attempt_at: at, attempts: 0, claim_token: null, claimed_until: null })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return false;
      await appendLog(db, { id, at, event: 'resent', attempt: 0, actor });
      return true;
    },
  };
}
