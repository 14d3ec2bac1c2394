/**
 * What the use cases need from the outside world. The db/ adapters implement these; tests may
 * use the same adapters on PGlite. `write` runs its callback in one transaction, so a use case
 * that fails leaves nothing half-written.
 */
import type { AgreementStore } from './agreements/agreement-store.ts';
import type { AuditLogReader } from './audit/audit-log.ts';
import type { AuthStore } from './auth/auth-store.ts';
import type { ComplianceStateStore } from './governance/compliance-state-store.ts';
import type { GovernanceStore } from './governance/governance-store.ts';
import type { KeyFigureStore } from './key-figures/key-figure-store.ts';
import type { MailStore } from './mail/mail-store.ts';
import type { MeetingStore } from './meetings/meeting-store.ts';
import type { OpenDataStore } from './open-data/open-data-store.ts';
import type { ImportCorrectionStore } from './political-cases/import-correction-store.ts';
import type { PoliticalCaseStore } from './political-cases/political-case-store.ts';
import type { ReadModelCache } from './read-cache/read-model-cache.ts';
import type { RegistryStore } from './registry/registry-store.ts';
import type { ReminderStore } from './reminders/reminder-store.ts';
import type { WebhookStore } from './webhooks/webhook-store.ts';

export interface AuditRecord {
  municipality: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /**
   * Who did it, when that is not the caller of the use case: a login is made by an anonymous
   * request, but the person who logged in is who the log should name. Defaults to the caller.
   */
  actor?: string;
}

export interface AuditStore {
  append(record: AuditRecord): Promise<void>;
}

export interface MetaStore {
  get<T>(key: string): Promise<T | null>;
  set(key: string, value: unknown): Promise<void>;
  /** A database round trip, for health checks. */
  ping(): Promise<void>;
}

export interface Store {
  meta: MetaStore;
  audit: AuditStore;
  registry: RegistryStore;
  governance: GovernanceStore;
  agreements: AgreementStore;
  auth: AuthStore;
  /** The durable mail queue (app/mail/enqueue-mail.ts writes to it). */
  outbox: MailStore;
  auditLog: AuditLogReader;
  politicalCases: PoliticalCaseStore;
  /** Remembered corrections of agenda imports, per municipality (issue 16). */
  importCorrections: ImportCorrectionStore;
  meetings: MeetingStore;
  keyFigures: KeyFigureStore;
  openData: OpenDataStore;
  webhooks: WebhookStore;
  /** Stored compliance (issue 18); refreshed by runUseCase before a write commits. */
  compliance: ComplianceStateStore;
  /** Reminder settings, opt-outs and the daily job's run records (issue 13, point 8). */
  reminders: ReminderStore;
  /**
   * The instance's memo of viewer-independent read models (read-cache/read-model-cache.ts);
   * null inside a write transaction, whose reads are not committed yet.
   */
  readCache: ReadModelCache | null;
}

export interface WriteOptions {
  /**
   * A bulk write (an import of many rows at once): after it commits, the database brings the
   * query planner's statistics of the tables it changed up to date (db/statistics.ts) — the
   * embedded database has no autovacuum to do it, and plans made from stale estimates are slow.
   */
  bulk?: boolean;
}

export interface UnitOfWork {
  read<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Runs `fn` in one transaction; audit entries appended inside it commit or roll back with it. */
  write<T>(fn: (store: Store) => Promise<T>, options?: WriteOptions): Promise<T>;
}
