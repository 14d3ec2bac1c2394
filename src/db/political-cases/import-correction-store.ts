/**
 * Kysely adapter for the remembered corrections port (agenda_import_correction).
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  ImportCorrectionStore,
  LayoutProfileId,
  PinnedLayoutProfile,
  RememberedCorrection,
  StoredImportCorrection,
} from '../../app/political-cases/import-correction-store.ts';
import type { AgendaImportCorrectionRow, AgendaImportProfileRow, Database } from '../schema.ts';

function toRule(r: Selectable<AgendaImportCorrectionRow>): RememberedCorrection {
  if (r.kind === 'headingSynonym')
    return {
      kind: 'headingSynonym',
      text: r.text,
      role: r.target as Extract<RememberedCorrection, { kind: 'headingSynonym' }>['role'],
    };
  if (r.kind === 'bodyAlias') return { kind: 'bodyAlias', text: r.text, abbreviation: r.target ?? '' };
  if (r.kind === 'titleLabel') return { kind: 'titleLabel', text: r.text };
  return { kind: 'caseNumberLabel', text: r.text };
}

function toStored(r: Selectable<AgendaImportCorrectionRow>): StoredImportCorrection {
  return {
    id: r.id,
    municipality: r.municipality,
    rule: toRule(r),
    example: r.example,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.created_by,
  };
}

function targetOf(rule: RememberedCorrection): string | null {
  if (rule.kind === 'headingSynonym') return rule.role;
  if (rule.kind === 'bodyAlias') return rule.abbreviation;
  return null;
}

function toPinned(r: Selectable<AgendaImportProfileRow>): PinnedLayoutProfile {
  return {
    municipality: r.municipality,
    layoutProfile: r.layout_profile as LayoutProfileId,
    pinnedAt: new Date(r.pinned_at).toISOString(),
    pinnedBy: r.pinned_by,
  };
}

export function createImportCorrectionStore(db: Kysely<Database>): ImportCorrectionStore {
  return {
    async listCorrections(municipality) {
      const rows = await db
        .selectFrom('agenda_import_correction')
        .selectAll()
        .where('municipality', '=', municipality)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toStored);
    },

    async getCorrection(id) {
      const row = await db
        .selectFrom('agenda_import_correction')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toStored(row) : null;
    },

    async addCorrection(c) {
      const inserted = await db
        .insertInto('agenda_import_correction')
        .values({
          id: c.id,
          municipality: c.municipality,
          kind: c.rule.kind,
          text: c.rule.text,
          target: targetOf(c.rule),
          example: c.example,
          created_by: c.createdBy,
        })
        .onConflict((oc) => oc.expression(sql`municipality, kind, lower(text)`).doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async removeCorrection(id) {
      const removed = await db
        .deleteFrom('agenda_import_correction')
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst();
      return removed !== undefined;
    },

    async getPinnedProfile(municipality) {
      const row = await db
        .selectFrom('agenda_import_profile')
        .selectAll()
        .where('municipality', '=', municipality)
        .executeTakeFirst();
      return row ? toPinned(row) : null;
    },

    async setPinnedProfile(municipality, layoutProfile, pinnedBy) {
      const before = await db
        .deleteFrom('agenda_import_profile')
        .where('municipality', '=', municipality)
        .returningAll()
        .executeTakeFirst();
      if (layoutProfile !== null)
        await db
          .insertInto('agenda_import_profile')
          .values({ municipality, layout_profile: layoutProfile, pinned_by: pinnedBy })
          .execute();
      return before ? toPinned(before) : null;
    },
  };
}
