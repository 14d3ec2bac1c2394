/**
 * Kysely adapter for stored compliance (issue 18). The versions are bumped by the database
 * triggers of migration 2026-12-02T0800-compliance-state; this adapter reads them, locks a
 * municipality for a recompute, and rewrites only the rows whose fingerprint changed.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  ComplianceContent,
  ComplianceStateStore,
  StoredComplianceRow,
} from '../../app/governance/compliance-state-store.ts';
import type { ObligationAssessment } from '../../domain/compliance/types.ts';
import type { Obligation } from '../../domain/obligations/types.ts';
import type { ComplianceContentRow, ComplianceObligationRow, Database } from '../schema.ts';

const INSERT_BATCH = 500;

function toRow(
  r: Omit<Selectable<ComplianceObligationRow>, 'municipality' | 'status' | 'fingerprint'>,
): StoredComplianceRow {
  return {
    year: r.year,
    obligationId: r.obligation_id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    position: r.position,
    obligation: r.obligation as unknown as Obligation,
    assessment: r.assessment as unknown as ObligationAssessment,
  };
}

function toContent(r: Selectable<ComplianceContentRow>): ComplianceContent {
  return {
    municipality: r.municipality,
    version: Number(r.version),
    complianceVersion: Number(r.compliance_version),
    computedVersion: Number(r.computed_version),
    firstYear: r.first_year,
    lastYear: r.last_year,
    structureChanged: r.structure_changed,
  };
}

export function createComplianceStateStore(db: Kysely<Database>): ComplianceStateStore {
  async function insertRows(municipality: string, rows: (StoredComplianceRow & { fingerprint: string })[]) {
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      await db
        .insertInto('compliance_obligation')
        .values(
          rows.slice(i, i + INSERT_BATCH).map((r) => ({
            municipality,
            year: r.year,
            obligation_id: r.obligationId,
            valid_from: r.validFrom,
            valid_to: r.validTo,
            position: r.position,
            status: r.assessment.status,
            obligation: JSON.stringify(r.obligation),
            assessment: JSON.stringify(r.assessment),
            fingerprint: r.fingerprint,
          })),
        )
        .execute();
    }
  }

  return {
    async content(municipality) {
      const r = await db
        .selectFrom('compliance_content')
        .selectAll()
        .where('municipality', '=', municipality)
        .executeTakeFirst();
      return r ? toContent(r) : null;
    },

    async lockForCompute(municipality) {
      await sql`INSERT INTO compliance_content (municipality) VALUES (${municipality})
        ON CONFLICT (municipality) DO NOTHING`.execute(db);
      const r = await db
        .selectFrom('compliance_content')
        .selectAll()
        .where('municipality', '=', municipality)
        .forUpdate()
        .executeTakeFirstOrThrow();
      return toContent(r);
    },

    async dirtyObligations(municipality) {
      const rows = await db
        .selectFrom('compliance_dirty')
        .select('obligation_id')
        .where('municipality', '=', municipality)
        .execute();
      return rows.map((r) => r.obligation_id);
    },

    async rowsOf(municipality, obligationIds) {
      if (obligationIds.length === 0) return [];
      const rows = await db
        .selectFrom('compliance_obligation')
        .select(['year', 'obligation_id', 'valid_from', 'valid_to', 'position', 'obligation', 'assessment'])
        .where('municipality', '=', municipality)
        .where('obligation_id', 'in', [...obligationIds])
        .execute();
      return rows.map(toRow);
    },

    async replaceObligations(municipality, change) {
      if (change.obligationIds.length > 0) {
        await db
          .deleteFrom('compliance_obligation')
          .where('municipality', '=', municipality)
          .where('obligation_id', 'in', [...change.obligationIds])
          .execute();
      }
      await insertRows(municipality, change.insert);
      await db.deleteFrom('compliance_dirty').where('municipality', '=', municipality).execute();
      await db
        .updateTable('compliance_content')
        .set({
          computed_version: change.computedVersion,
          computed_at: new Date(),
          // Rows that changed change what readers show: caches keyed by the version move on.
          ...(change.obligationIds.length > 0 || change.insert.length > 0
            ? { version: sql`version + 1` }
            : {}),
        })
        .where('municipality', '=', municipality)
        .execute();
    },

    async staleMunicipalities(options = {}) {
      const rows = await db
        .selectFrom('compliance_content')
        .select('municipality')
        .where(sql<boolean>`computed_version <> compliance_version`)
        .$if(options.touchedByThisTransaction === true, (q) =>
          q.where(sql<boolean>`touched_by = pg_current_xact_id()`),
        )
        .orderBy('municipality')
        .execute();
      return rows.map((r) => r.municipality);
    },

    async fingerprints(municipality) {
      const rows = await db
        .selectFrom('compliance_obligation')
        .select(['year', 'obligation_id', 'valid_from', 'fingerprint'])
        .where('municipality', '=', municipality)
        .execute();
      return new Map(rows.map((r) => [`${r.year}|${r.obligation_id}|${r.valid_from}`, r.fingerprint]));
    },

    async apply(municipality, change) {
      if (change.remove.length > 0) {
        await sql`DELETE FROM compliance_obligation WHERE municipality = ${municipality}
          AND (year::text || '|' || obligation_id || '|' || valid_from::text) = ANY(${change.remove})`.execute(
          db,
        );
      }
      await insertRows(municipality, change.insert);
      await db.deleteFrom('compliance_dirty').where('municipality', '=', municipality).execute();
      await db
        .updateTable('compliance_content')
        .set({
          computed_version: change.computedVersion,
          first_year: change.firstYear,
          last_year: change.lastYear,
          structure_changed: false,
          computed_at: new Date(),
          // A rebuild that rewrote rows (e.g. after a fix) invalidates what readers cached.
          ...(change.remove.length > 0 || change.insert.length > 0 ? { version: sql`version + 1` } : {}),
        })
        .where('municipality', '=', municipality)
        .execute();
    },

    async rowsOn(municipality, years, today) {
      if (years.length === 0) return [];
      const rows = await db
        .selectFrom('compliance_obligation')
        .select(['year', 'obligation_id', 'valid_from', 'valid_to', 'position', 'obligation', 'assessment'])
        .where('municipality', '=', municipality)
        .where('year', 'in', [...years])
        .where('valid_from', '<=', today)
        .where('valid_to', '>', today)
        .orderBy('year')
        .orderBy('position')
        .execute();
      return rows.map(toRow);
    },

    async allRows(municipality) {
      const rows = await db
        .selectFrom('compliance_obligation')
        .select(['year', 'obligation_id', 'valid_from', 'valid_to', 'position', 'obligation', 'assessment'])
        .where('municipality', '=', municipality)
        .orderBy('year')
        .orderBy('position')
        .orderBy('valid_from')
        .execute();
      return rows.map(toRow);
    },

    async forget(municipality) {
      await db.deleteFrom('compliance_obligation').where('municipality', '=', municipality).execute();
      await db.deleteFrom('compliance_content').where('municipality', '=', municipality).execute();
    },
  };
}
