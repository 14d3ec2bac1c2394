/**
 * The Kysely implementation of the use cases' UnitOfWork: a Store over the database or over
 * one transaction. The audit store is bound to the actor and request id of the use case call.
 */
import { type Kysely, sql } from 'kysely';
import type { AuditStore, MetaStore, Store, UnitOfWork, WriteOptions } from '../app/ports.ts';
import { boundedReadModelCache, type ReadModelCache } from '../app/read-cache/read-model-cache.ts';
import { createAgreementStore } from './agreements/agreement-store.ts';
import { createAuditLogReader } from './audit/audit-log.ts';
import { createAuthStore } from './auth/auth-store.ts';
import { createComplianceStateStore } from './compliance/compliance-state-store.ts';
import { createGovernanceStore } from './governance/governance-store.ts';
import { createKeyFigureStore } from './key-figures/key-figure-store.ts';
import { createMailStore } from './mail/mail-store.ts';
import { createMeetingStore } from './meetings/meeting-store.ts';
import { createOpenDataStore } from './open-data/open-data-store.ts';
import { createImportCorrectionStore } from './political-cases/import-correction-store.ts';
import { createPoliticalCaseStore } from './political-cases/political-case-store.ts';
import { createRegistryStore } from './registry/registry-store.ts';
import { createReminderStore } from './reminders/reminder-store.ts';
import type { Database } from './schema.ts';
import { refreshStatistics } from './statistics.ts';
import { createWebhookStore } from './webhooks/webhook-store.ts';

export interface AuditBinding {
  actor: string;
  requestId: string | null;
}

function createMetaStore(db: Kysely<Database>): MetaStore {
  return {
    async get<T>(key: string) {
      const row = await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
      return row ? (row.value as T) : null;
    },
    async set(key, value) {
      const json = JSON.stringify(value);
      await db
        .insertInto('app_meta')
        .values({ key, value: json })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
        .execute();
    },
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
  };
}

function createAuditStore(db: Kysely<Database>, binding: AuditBinding): AuditStore {
  return {
    async append(r) {
      await db
        .insertInto('audit_entry')
        .values({
          municipality: r.municipality,
          actor: r.actor ?? binding.actor,
          action: r.action,
          entity: r.entity,
          entity_id: r.entityId,
          before: r.before === null ? null : JSON.stringify(r.before),
          after: r.after === null ? null : JSON.stringify(r.after),
          request_id: binding.requestId,
        })
        .execute();
    },
  };
}

function createStore(db: Kysely<Database>, binding: AuditBinding, readCache: ReadModelCache | null): Store {
  return {
    readCache,
    meta: createMetaStore(db),
    audit: createAuditStore(db, binding),
    registry: createRegistryStore(db),
    governance: createGovernanceStore(db),
    agreements: createAgreementStore(db),
    auth: createAuthStore(db),
    outbox: createMailStore(db),
    auditLog: createAuditLogReader(db),
    politicalCases: createPoliticalCaseStore(db),
    importCorrections: createImportCorrectionStore(db),
    meetings: createMeetingStore(db),
    keyFigures: createKeyFigureStore(db),
    openData: createOpenDataStore(db),
    webhooks: createWebhookStore(db),
    compliance: createComplianceStateStore(db),
    reminders: createReminderStore(db),
  };
}

/** Slots of the read-model cache per database connection (a municipality's Overblik is one or two). */
const READ_CACHE_SLOTS = 32;

/**
 * One read-model cache per opened database, i.e. per server instance: two instances on one
 * PostgreSQL each keep their own and check it against the database's versions on every read.
 */
const readCaches = new WeakMap<Kysely<Database>, ReadModelCache>();

function readCacheOf(db: Kysely<Database>): ReadModelCache {
  let cache = readCaches.get(db);
  if (!cache) {
    cache = boundedReadModelCache(READ_CACHE_SLOTS);
    readCaches.set(db, cache);
  }
  return cache;
}

export function createUnitOfWork(db: Kysely<Database>, binding: AuditBinding): UnitOfWork {
  return {
    read: (fn) => fn(createStore(db, binding, readCacheOf(db))),
    write: async <T>(fn: (store: Store) => Promise<T>, options?: WriteOptions) => {
      const result = await db.transaction().execute(async (trx) => {
        const out = await fn(createStore(trx, binding, null));
        // The transaction's row counts reach the statistics views at commit rather than up to a
        // second later (a server's backend) or never (PGlite flushes only when asked).
        if (options?.bulk) await sql`SELECT pg_stat_force_next_flush()`.execute(trx);
        return out;
      });
      if (options?.bulk) await analyseAfterBulkWrite(db);
      return result;
    },
  };
}

/**
 * ANALYZE of what a committed bulk write made stale. Its failure does not undo or fail the write
 * (it is committed): the server's statistics job (main/statistics-job.ts) or a server's
 * autovacuum catches the tables later.
 */
async function analyseAfterBulkWrite(db: Kysely<Database>): Promise<void> {
  try {
    await refreshStatistics(db);
  } catch {
    // See above: the write stands; the statistics are brought up to date later.
  }
}
