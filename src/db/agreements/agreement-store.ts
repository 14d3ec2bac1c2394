/**
 * Kysely adapter for the agreements port. Queries only: no decisions are made here.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  AgreementFilter,
  AgreementQuery,
  AgreementState,
  AgreementStore,
  StoredAgreement,
} from '../../app/agreements/agreement-store.ts';
import type {
  Agreement,
  AgreementStatus,
  CouncilApproval,
  ObjectiveArea,
  ProgressProposal,
  ProposalState,
  ResponsibleParty,
  StatusChange,
} from '../../domain/agreements/types.ts';
import { chunks } from '../batches.ts';
import type {
  AgreementProgressProposalRow,
  AgreementRow,
  AgreementStatusChangeRow,
  Database,
} from '../schema.ts';

function toStatusChange(r: Selectable<AgreementStatusChangeRow>): StatusChange {
  return {
    status: r.status as AgreementStatus,
    date: r.date,
    changedBy: r.changed_by,
    changedByName: r.changed_by_name,
    note: r.note,
    evidenceUrl: r.evidence_url,
    meetingId: r.meeting_id,
    proposedByName: r.proposed_by_name,
  };
}

function toAgreement(r: Selectable<AgreementRow>, history: StatusChange[]): StoredAgreement {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    meetingId: r.meeting_id,
    steeringYear: r.steering_year,
    agreedOn: r.agreed_on,
    objectiveArea: r.objective_area as ObjectiveArea,
    departmentIds: r.department_ids,
    text: r.text,
    target: r.target,
    responsible: r.responsible as unknown as ResponsibleParty,
    deadline: r.deadline,
    councilApproval: r.council_approval as unknown as CouncilApproval | null,
    status: r.status as AgreementStatus,
    history,
    version: r.version,
  };
}

function agreementColumns(municipality: string, a: Agreement) {
  return {
    municipality,
    organisation_id: a.organisationId,
    meeting_id: a.meetingId,
    steering_year: a.steeringYear,
    agreed_on: a.agreedOn,
    objective_area: a.objectiveArea,
    department_ids: JSON.stringify(a.departmentIds),
    text: a.text,
    target: a.target,
    responsible: JSON.stringify(a.responsible),
    deadline: a.deadline,
    council_approval: a.councilApproval === null ? null : JSON.stringify(a.councilApproval),
    status: a.status,
  };
}

function statusChangeColumns(agreementId: string, e: StatusChange) {
  return {
    agreement_id: agreementId,
    status: e.status,
    date: e.date,
    changed_by: e.changedBy,
    changed_by_name: e.changedByName,
    note: e.note,
    evidence_url: e.evidenceUrl,
    meeting_id: e.meetingId,
    proposed_by_name: e.proposedByName,
  };
}

function toProposal(r: Selectable<AgreementProgressProposalRow>): ProgressProposal {
  return {
    id: r.id,
    agreementId: r.agreement_id,
    status: r.status as AgreementStatus,
    note: r.note,
    evidenceUrl: r.evidence_url,
    proposedOn: r.proposed_on,
    proposedBy: r.proposed_by,
    proposedByName: r.proposed_by_name,
    state: r.state as ProposalState,
    decidedOn: r.decided_on,
    decidedBy: r.decided_by,
    decidedByName: r.decided_by_name,
    decisionNote: r.decision_note,
  };
}

export function createAgreementStore(db: Kysely<Database>): AgreementStore {
  function agreementQuery(municipality: string, filter: AgreementFilter) {
    let query = db.selectFrom('agreement').where('municipality', '=', municipality);
    if (filter.organisationIds) query = query.where('organisation_id', 'in', [...filter.organisationIds]);
    return query.orderBy('steering_year').orderBy('agreed_on').orderBy('id');
  }

  /** The list's filters, all in SQL (AgreementQuery). */
  function filteredQuery(municipality: string, q: AgreementQuery) {
    let query = db.selectFrom('agreement').where('municipality', '=', municipality);
    if (q.organisationIds) query = query.where('organisation_id', 'in', [...q.organisationIds]);
    if (q.organisationId !== undefined) query = query.where('organisation_id', '=', q.organisationId);
    if (q.status !== undefined) query = query.where('status', '=', q.status);
    if (q.objectiveArea !== undefined) query = query.where('objective_area', '=', q.objectiveArea);
    if (q.steeringYear !== undefined) query = query.where('steering_year', '=', q.steeringYear);
    if (q.pastDeadline) {
      query = query
        .where('status', 'in', [...q.pastDeadline.statuses])
        .where('deadline', 'is not', null)
        .where('deadline', '<', q.pastDeadline.today);
    }
    return query;
  }

  async function historyOf(ids: string[]): Promise<Map<string, StatusChange[]>> {
    const map = new Map<string, StatusChange[]>();
    if (ids.length === 0) return map;
    const rows = await db
      .selectFrom('agreement_status_change')
      .selectAll()
      .where('agreement_id', 'in', ids)
      .orderBy('agreement_id')
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const list = map.get(r.agreement_id) ?? [];
      list.push(toStatusChange(r));
      map.set(r.agreement_id, list);
    }
    return map;
  }

  return {
    async listAgreements(municipality, filter = {}) {
      if (filter.organisationIds?.length === 0) return [];
      const rows = await agreementQuery(municipality, filter).selectAll().execute();
      const history = await historyOf(rows.map((r) => r.id));
      return rows.map((r) => toAgreement(r, history.get(r.id) ?? []));
    },

    async listAgreementStates(municipality, filter = {}) {
      if (filter.organisationIds?.length === 0) return [];
      const rows = await agreementQuery(municipality, filter)
        .select(['id', 'organisation_id', 'steering_year', 'text', 'deadline', 'status'])
        .execute();
      return rows.map(
        (r): AgreementState => ({
          id: r.id,
          organisationId: r.organisation_id,
          steeringYear: r.steering_year,
          text: r.text,
          deadline: r.deadline,
          status: r.status as AgreementStatus,
        }),
      );
    },

    async pageAgreements(municipality, q, page) {
      if (q.organisationIds?.length === 0 || q.pastDeadline?.statuses.length === 0) return [];
      let query = filteredQuery(municipality, q).selectAll();
      if (page.after) {
        const { steeringYear, agreedOn, id } = page.after;
        query = query.where((eb) =>
          eb(eb.refTuple('steering_year', 'agreed_on', 'id'), '<', eb.tuple(steeringYear, agreedOn, id)),
        );
      }
      query = query.orderBy('steering_year', 'desc').orderBy('agreed_on', 'desc').orderBy('id', 'desc');
      if (page.limit !== undefined) query = query.limit(page.limit);
      if (page.offset) query = query.offset(page.offset);
      const rows = await query.execute();
      const history = await historyOf(rows.map((r) => r.id));
      return rows.map((r) => toAgreement(r, history.get(r.id) ?? []));
    },

    async countAgreements(municipality, q, today) {
      if (q.organisationIds?.length === 0 || q.pastDeadline?.statuses.length === 0) return [];
      const rows = await filteredQuery(municipality, q)
        .select((eb) => [
          'status',
          'objective_area',
          eb.fn.countAll<string | number>().as('count'),
          sql<string | number>`count(*) filter (where deadline < ${today})`.as('past_deadline'),
        ])
        .groupBy(['status', 'objective_area'])
        .orderBy('status')
        .orderBy('objective_area')
        .execute();
      return rows.map((r) => ({
        status: r.status as AgreementStatus,
        objectiveArea: r.objective_area as ObjectiveArea,
        count: Number(r.count),
        pastDeadline: Number(r.past_deadline),
      }));
    },

    async getAgreement(municipality, id) {
      const r = await db
        .selectFrom('agreement')
        .selectAll()
        .where('municipality', '=', municipality)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!r) return null;
      return toAgreement(r, (await historyOf([r.id])).get(r.id) ?? []);
    },

    async insertAgreement(municipality, a) {
      await db
        .insertInto('agreement')
        .values({ id: a.id, ...agreementColumns(municipality, a) })
        .execute();
      if (a.history.length > 0) {
        await db
          .insertInto('agreement_status_change')
          .values(a.history.map((e) => statusChangeColumns(a.id, e)))
          .execute();
      }
    },

    async insertAgreements(municipality, agreements) {
      for (const batch of chunks(agreements)) {
        await db
          .insertInto('agreement')
          .values(batch.map((a) => ({ id: a.id, ...agreementColumns(municipality, a) })))
          .execute();
      }
      // The status rows in the same order as one insertAgreement after the other would store them.
      const history = agreements.flatMap((a) => a.history.map((e) => statusChangeColumns(a.id, e)));
      for (const batch of chunks(history)) {
        await db.insertInto('agreement_status_change').values(batch).execute();
      }
    },

    async updateAgreement(municipality, a, expectedVersion) {
      const { status: _status, ...fields } = agreementColumns(municipality, a);
      const result = await db
        .updateTable('agreement')
        .set({ ...fields, version: expectedVersion + 1 })
        .where('id', '=', a.id)
        .where('municipality', '=', municipality)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async appendStatusChange(municipality, agreementId, entry, expectedVersion) {
      const result = await db
        .updateTable('agreement')
        .set({ status: entry.status, version: expectedVersion + 1 })
        .where('id', '=', agreementId)
        .where('municipality', '=', municipality)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await db
        .insertInto('agreement_status_change')
        .values(statusChangeColumns(agreementId, entry))
        .execute();
      return true;
    },

    async listProposals(municipality, filter = {}) {
      if (filter.organisationIds && filter.organisationIds.length === 0) return [];
      let query = db
        .selectFrom('agreement_progress_proposal as p')
        .innerJoin('agreement as a', 'a.id', 'p.agreement_id')
        .selectAll('p')
        .where('a.municipality', '=', municipality);
      if (filter.organisationIds) query = query.where('a.organisation_id', 'in', [...filter.organisationIds]);
      if (filter.agreementId) query = query.where('p.agreement_id', '=', filter.agreementId);
      if (filter.state) query = query.where('p.state', '=', filter.state);
      const rows = await query.orderBy('p.created_at').orderBy('p.id').execute();
      return rows.map(toProposal);
    },

    async getProposal(municipality, id) {
      const r = await db
        .selectFrom('agreement_progress_proposal as p')
        .innerJoin('agreement as a', 'a.id', 'p.agreement_id')
        .selectAll('p')
        .where('a.municipality', '=', municipality)
        .where('p.id', '=', id)
        .executeTakeFirst();
      return r ? toProposal(r) : null;
    },

    async insertProposal(p) {
      await db
        .insertInto('agreement_progress_proposal')
        .values({
          id: p.id,
          agreement_id: p.agreementId,
          status: p.status,
          note: p.note,
          evidence_url: p.evidenceUrl,
          proposed_on: p.proposedOn,
          proposed_by: p.proposedBy,
          proposed_by_name: p.proposedByName,
          state: p.state,
          decided_on: p.decidedOn,
          decided_by: p.decidedBy,
          decided_by_name: p.decidedByName,
          decision_note: p.decisionNote,
        })
        .execute();
    },

    async decideProposal(p) {
      const result = await db
        .updateTable('agreement_progress_proposal')
        .set({
          state: p.state,
          decided_on: p.decidedOn,
          decided_by: p.decidedBy,
          decided_by_name: p.decidedByName,
          decision_note: p.decisionNote,
        })
        .where('id', '=', p.id)
        .where('state', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  } satisfies AgreementStore & Record<string, unknown>;
}
