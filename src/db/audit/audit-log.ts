/**
 * Kysely adapter for reading the audit log. Read-only by design: there is no update or delete
 * anywhere in the code, and the database refuses them too (trigger in the foundation migration).
 * Pages are newest first by id (index audit_entry_municipality_id); the count of a filter is one
 * more statement, whatever the page.
 */
import { type Kysely, sql } from 'kysely';
import type { AuditFilter, AuditLogReader } from '../../app/audit/audit-log.ts';
import type { Database } from '../schema.ts';

export function createAuditLogReader(db: Kysely<Database>): AuditLogReader {
  function filtered(f: AuditFilter) {
    let q = db
      .selectFrom('audit_entry')
      .leftJoin('app_user', (j) => j.on(sql<boolean>`audit_entry.actor = 'user:' || app_user.id`))
      .where('audit_entry.municipality', '=', f.municipality);
    if (f.from) q = q.where('audit_entry.at', '>=', f.from);
    if (f.to) q = q.where('audit_entry.at', '<', f.to);
    if (f.action) q = q.where('audit_entry.action', '=', f.action);
    if (f.entity) q = q.where('audit_entry.entity', '=', f.entity);
    if (f.entityId) q = q.where('audit_entry.entity_id', '=', f.entityId);
    if (f.actor) {
      const pattern = `%${f.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) =>
        eb.or([
          eb('audit_entry.actor', 'ilike', pattern),
          eb('app_user.name', 'ilike', pattern),
          eb('app_user.email', 'ilike', pattern),
        ]),
      );
    }
    return q;
  }

  return {
    async count(f) {
      const row = await filtered(f)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async list(f, page) {
      let q = filtered(f)
        .leftJoin('app_user as subject', (j) =>
          j.on(sql<boolean>`audit_entry.entity = 'user' AND subject.id = audit_entry.entity_id`),
        )
        .select([
          'audit_entry.id',
          'audit_entry.at',
          'audit_entry.municipality',
          'audit_entry.actor',
          'audit_entry.action',
          'audit_entry.entity',
          'audit_entry.entity_id',
          'audit_entry.before',
          'audit_entry.after',
          'audit_entry.request_id',
          'app_user.name as user_name',
          'app_user.email as user_email',
          'subject.name as subject_name',
          'subject.email as subject_email',
        ]);
      if (f.beforeId !== undefined) q = q.where('audit_entry.id', '<', String(f.beforeId) as never);
      const rows = await q.orderBy('audit_entry.id', 'desc').offset(page.offset).limit(page.limit).execute();
      return rows.map((r) => ({
        id: Number(r.id),
        at: r.at,
        municipality: r.municipality,
        actor: r.actor,
        actorName: r.user_name ? `${r.user_name} <${r.user_email}>` : null,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        entityName: r.subject_name ? `${r.subject_name} <${r.subject_email}>` : null,
        before: r.before,
        after: r.after,
        requestId: r.request_id,
      }));
    },
  };
}
