/**
 * The read side of the audit log (the write side is AuditStore.append in ports.ts). There is
 * deliberately no update or delete here: the log is append-only in the database as well.
 */
export interface AuditEntry {
  id: number;
  at: Date;
  municipality: string | null;
  /** The actor label as written (`user:<id>`, `system:cli:<name>`, `offentlig`). */
  actor: string;
  /** Name and e-mail of the user behind a `user:` label, when the account exists. */
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  /** Name and e-mail of the user an entry is about (entity `user`), when the account exists. */
  entityName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

export interface AuditFilter {
  municipality: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  action?: string;
  entity?: string;
  entityId?: string;
  /** Matches the actor label, name or e-mail (case-insensitive, part of the text). */
  actor?: string;
  /** Entries older than this id (the API's cursor). */
  beforeId?: number;
}

export interface AuditLogReader {
  /** Newest first (by id): `limit` entries after skipping `offset`. */
  list(filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditEntry[]>;
  /** How many entries the filter selects (without `beforeId`). */
  count(filter: AuditFilter): Promise<number>;
}
