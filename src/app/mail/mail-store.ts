/**
 * The mail queue port (the `outbox` table): messages are enqueued inside a use case's
 * transaction, so a mail exists exactly when the change that caused it committed; the delivery
 * worker (deliver-mail.ts) claims them one at a time and records every step in the delivery log.
 * Implemented in db/mail/mail-store.ts.
 */

/** withheld: queued by the demo history for meetings long past; never sent unless resent by hand. */
export type MailState = 'queued' | 'sent' | 'failed' | 'withheld';
export type MailLogEvent = 'queued' | 'sent' | 'failed' | 'retry' | 'resent' | 'withheld';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text (an .ics, a CSV); binary attachments are not needed yet. */
  content: string;
}

/** An iTIP calendar part (RFC 6047 iMIP): sent as `text/calendar; method=…` beside the text. */
export interface MailCalendarPart {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  content: string;
}

export interface NewMail {
  to: string;
  toName?: string | null;
  subject: string;
  /** The plain-text body (always present: every client can read it). */
  text: string;
  html?: string | null;
  calendar?: MailCalendarPart | null;
  attachments?: readonly MailAttachment[];
  /** Whose mail it is: lists and the outbox page show a municipality only its own. */
  municipality?: string | null;
  /** What it is, for the log and filters: 'meetingInvitation', 'passwordLink', 'reminder', … */
  kind: string;
  createdAt: Date;
}

export interface QueuedMail {
  id: number;
  /** The left part of the RFC 5322 Message-ID, fixed when queued: a retry after a crash carries the same one. */
  messageId: string;
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  html: string | null;
  calendar: MailCalendarPart | null;
  attachments: MailAttachment[];
  municipality: string | null;
  kind: string;
  state: MailState;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  /** The SMTP server's last answer (or the connection error), for the log page. */
  lastResponse: string | null;
}

export interface MailLogEntry {
  at: Date;
  event: MailLogEvent;
  attempt: number;
  detail: string | null;
  actor: string | null;
}

/** A message claimed by one worker until `claimedUntil`; the token proves the claim is still its own. */
export interface ClaimedMail extends QueuedMail {
  claimToken: string;
}

/** Kept for the tests and pages that read mails written before the queue (to, subject, body). */
export interface OutboxMessage {
  id: number;
  to: string;
  subject: string;
  body: string;
  createdAt: Date;
  sentAt: Date | null;
}

export interface MailStore {
  enqueue(mail: NewMail): Promise<{ id: number; messageId: string }>;
  list(): Promise<OutboxMessage[]>;
  get(id: number): Promise<QueuedMail | null>;
  /** A municipality's mails, newest first, optionally of one kind. */
  listFor(municipality: string, query?: { kind?: string; ids?: readonly number[] }): Promise<QueuedMail[]>;
  log(id: number): Promise<MailLogEntry[]>;
  /**
   * Claims the oldest due queued message that nobody holds (FOR UPDATE SKIP LOCKED, so two
   * server instances never take the same row) until `now + leaseMs`. Null when none is due.
   */
  claimNext(now: Date, leaseMs: number): Promise<ClaimedMail | null>;
  /** Records the server's acceptance; false when the claim was lost (another worker took over). */
  markSent(claim: ClaimedMail, at: Date, response: string): Promise<boolean>;
  /** Records a failed attempt: queued again at `retryAt`, or failed for good when null. */
  markFailed(claim: ClaimedMail, at: Date, response: string, retryAt: Date | null): Promise<boolean>;
  /** Returns every claim to the queue (the only process on an embedded database, at start). */
  releaseAllClaims(): Promise<number>;
  /** Withholds every queued message of the municipality (the demo history's), logging why. */
  withholdQueued(municipality: string, at: Date, reason: string): Promise<number>;
  /** Every message's log, by message id. */
  logsFor(ids: readonly number[]): Promise<Map<number, MailLogEntry[]>>;
  /**
   * Queues a message again for now (by hand), logging who asked; false when a worker holds it
   * at this moment (its lease has not run out).
   */
  requeue(id: number, at: Date, actor: string): Promise<boolean>;
}
