/**
 * Kysely adapter for the political cases port.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  PoliticalCaseSource,
  PoliticalCaseStore,
  StoredPoliticalCase,
} from '../../app/political-cases/political-case-store.ts';
import type { GovernanceModel } from '../../domain/governance-model/types.ts';
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import type { Database, PoliticalCaseRow } from '../schema.ts';

function toStored(r: Selectable<PoliticalCaseRow>): StoredPoliticalCase {
  return {
    id: r.id,
    municipality: r.municipality,
    politicalCase: {
      caseNumber: r.case_number,
      title: r.title,
      access: r.access as PoliticalCase['access'],
      route: r.route as PoliticalCase['route'],
      sections: r.sections as PoliticalCase['sections'],
      recommendation: r.recommendation as PoliticalCase['recommendation'],
      decisions: r.decisions as PoliticalCase['decisions'],
      attachments: r.attachments as PoliticalCase['attachments'],
    },
    source: {
      format: r.source_format as PoliticalCaseSource['format'],
      fileName: r.source_file_name,
      report: r.import_report as PoliticalCaseSource['report'],
    },
    importedAt: new Date(r.imported_at).toISOString(),
    importedBy: r.imported_by,
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
  };
}

function caseColumns(c: PoliticalCase, source: PoliticalCaseSource) {
  return {
    case_number: c.caseNumber,
    title: c.title,
    access: c.access,
    route: JSON.stringify(c.route),
    sections: JSON.stringify(c.sections),
    recommendation: c.recommendation === null ? null : JSON.stringify(c.recommendation),
    decisions: JSON.stringify(c.decisions),
    attachments: JSON.stringify(c.attachments),
    source_format: source.format,
    source_file_name: source.fileName,
    import_report: source.report === null ? null : JSON.stringify(source.report),
  };
}

export function createPoliticalCaseStore(db: Kysely<Database>): PoliticalCaseStore {
  return {
    async listCases(municipality) {
      const rows = await db
        .selectFrom('political_case')
        .selectAll()
        .where('municipality', '=', municipality)
        .orderBy('imported_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toStored);
    },

    async getCase(id) {
      const row = await db.selectFrom('political_case').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toStored(row) : null;
    },

    async insertCase(c) {
      const inserted = await db
        .insertInto('political_case')
        .values({
          id: c.id,
          municipality: c.municipality,
          imported_by: c.importedBy,
          ...caseColumns(c.politicalCase, c.source),
        })
        .onConflict((oc) =>
          oc.columns(['municipality', 'case_number']).where('case_number', 'is not', null).doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async updateCase(id, politicalCase, source, expectedVersion) {
      const result = await db
        .updateTable('political_case')
        .set({
          ...caseColumns(politicalCase, source),
          updated_at: sql<Date>`now()`,
          version: sql<number>`version + 1`,
        })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async setModelPoliticalCase(municipality, modelId, version, politicalCaseId) {
      const row = await db
        .selectFrom('governance_model_version')
        .select('model')
        .where('municipality', '=', municipality)
        .where('model_id', '=', modelId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (!row) return false;
      const model = row.model as unknown as GovernanceModel;
      const updated: GovernanceModel = { ...model, legalBasis: { ...model.legalBasis, politicalCaseId } };
      await db
        .updateTable('governance_model_version')
        .set({ model: JSON.stringify(updated) })
        .where('model_id', '=', modelId)
        .where('version', '=', version)
        .execute();
      return true;
    },
  };
}
