/**
 * Kysely adapter for the governance port.
 */
import { type Kysely, sql } from 'kysely';
import type { GovernanceStore, StoredFact } from '../../app/governance/governance-store.ts';
import type { Fact, FactKind } from '../../domain/compliance/types.ts';
import type { GovernanceModel } from '../../domain/governance-model/types.ts';
import { chunks } from '../batches.ts';
import type { Database } from '../schema.ts';

/** The row of one fact: shared by the single insert and the bulk load. */
function factRow(municipality: string, fact: Fact) {
  return {
    municipality,
    obligation_id: fact.obligationId,
    kind: fact.kind,
    date: fact.date,
    ref: fact.ref,
    note: fact.note,
  };
}

export function createGovernanceStore(db: Kysely<Database>): GovernanceStore {
  async function factsOf(
    municipality: string,
    obligationIds: readonly string[] | null,
  ): Promise<StoredFact[]> {
    if (obligationIds?.length === 0) return [];
    const rows = await db
      .selectFrom('obligation_fact')
      .selectAll()
      .where('municipality', '=', municipality)
      .$if(obligationIds !== null, (q) => q.where('obligation_id', 'in', [...(obligationIds ?? [])]))
      .orderBy('date')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      obligationId: r.obligation_id,
      kind: r.kind as FactKind,
      date: r.date,
      ref: r.ref,
      note: r.note,
      recordedAt: new Date(r.recorded_at).toISOString(),
    }));
  }

  return {
    async listModelVersions(municipality) {
      const rows = await db
        .selectFrom('governance_model_version')
        .selectAll()
        .where('municipality', '=', municipality)
        .orderBy('valid_from')
        .orderBy('version')
        .execute();
      return rows.map((r) => ({
        model: r.model as unknown as GovernanceModel,
        reason: r.reason,
        createdAt: new Date(r.created_at).toISOString(),
      }));
    },

    async insertModelVersion(model, reason) {
      const result = await db
        .insertInto('governance_model_version')
        .values({
          model_id: model.id,
          version: model.version,
          municipality: model.municipality,
          valid_from: model.validFrom,
          valid_to: model.validTo,
          model: JSON.stringify(model),
          reason,
        })
        .onConflict((oc) => oc.columns(['model_id', 'version']).doNothing())
        .returning('version')
        .executeTakeFirst();
      return result !== undefined;
    },

    async closeModelVersion(modelId, version, validTo) {
      const row = await db
        .selectFrom('governance_model_version')
        .select('model')
        .where('model_id', '=', modelId)
        .where('version', '=', version)
        .executeTakeFirstOrThrow();
      await db
        .updateTable('governance_model_version')
        .set({ valid_to: validTo, model: JSON.stringify({ ...row.model, validTo }) })
        .where('model_id', '=', modelId)
        .where('version', '=', version)
        .execute();
    },

    listFacts: (municipality) => factsOf(municipality, null),

    listFactsFor: (municipality, obligationIds) => factsOf(municipality, obligationIds),

    async insertFact(municipality, fact) {
      // The unique index obligation_fact_once makes a repeat a no-op; then the first is returned.
      const inserted = await db
        .insertInto('obligation_fact')
        .values(factRow(municipality, fact))
        .onConflict((oc) => oc.doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) {
        return {
          fact: { ...fact, id: inserted.id, recordedAt: new Date(inserted.recorded_at).toISOString() },
          created: true,
        };
      }
      const existing = await db
        .selectFrom('obligation_fact')
        .selectAll()
        .where('municipality', '=', municipality)
        .where('obligation_id', '=', fact.obligationId)
        .where('kind', '=', fact.kind)
        .where('date', '=', fact.date)
        .where(sql<string>`coalesce(ref, '')`, '=', fact.ref ?? '')
        .where(sql<string>`coalesce(note, '')`, '=', fact.note ?? '')
        .executeTakeFirstOrThrow();
      return {
        fact: { ...fact, id: existing.id, recordedAt: new Date(existing.recorded_at).toISOString() },
        created: false,
      };
    },

    async insertFacts(municipality, facts) {
      let created = 0;
      for (const batch of chunks(facts)) {
        const rows = await db
          .insertInto('obligation_fact')
          .values(batch.map((fact) => factRow(municipality, fact)))
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute();
        created += rows.length;
      }
      return created;
    },
  };
}
