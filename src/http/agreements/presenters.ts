/**
 * Agreement response shapes: explicit whitelists of the fields that leave the server.
 */
import { z } from 'zod';
import type { AgreementSummary } from '../../domain/agreements/follow-up.ts';
import {
  AGREEMENT_STATUSES,
  type Agreement,
  OBJECTIVE_AREAS,
  type ProgressProposal,
  type StatusChange,
} from '../../domain/agreements/types.ts';

const statusEnum = z.enum(AGREEMENT_STATUSES);

export const statusChangeResponse = z
  .object({
    status: statusEnum,
    date: z.string(),
    changedBy: z.string(),
    changedByName: z.string(),
    note: z.string().nullable(),
    evidenceUrl: z.string().nullable(),
    meetingId: z.string().nullable(),
    proposedByName: z.string().nullable(),
  })
  .meta({ id: 'AgreementStatusChange' });

function presentStatusChange(e: StatusChange): z.input<typeof statusChangeResponse> {
  return {
    status: e.status,
    date: e.date,
    changedBy: e.changedBy,
    changedByName: e.changedByName,
    note: e.note,
    evidenceUrl: e.evidenceUrl,
    meetingId: e.meetingId,
    proposedByName: e.proposedByName,
  };
}

export const agreementResponse = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    meetingId: z.string().nullable(),
    steeringYear: z.number().int(),
    agreedOn: z.string(),
    objectiveArea: z.enum(OBJECTIVE_AREAS),
    departmentIds: z.array(z.string()),
    text: z.string(),
    target: z.string().nullable(),
    responsible: z.union([
      z.object({ kind: z.enum(['organisation', 'administration', 'both']) }),
      z.object({ kind: z.literal('namedUnit'), name: z.string() }),
    ]),
    deadline: z.string().nullable(),
    councilApproval: z
      .object({ body: z.string(), date: z.string(), caseNumber: z.string().nullable() })
      .nullable(),
    status: statusEnum,
    overdue: z.boolean(),
    history: z.array(statusChangeResponse),
    version: z.number().int(),
  })
  .meta({ id: 'Agreement' });

export function presentAgreement(
  a: Agreement & { version: number },
  overdue: boolean,
): z.input<typeof agreementResponse> {
  return {
    id: a.id,
    organisationId: a.organisationId,
    meetingId: a.meetingId,
    steeringYear: a.steeringYear,
    agreedOn: a.agreedOn,
    objectiveArea: a.objectiveArea,
    departmentIds: [...a.departmentIds],
    text: a.text,
    target: a.target,
    responsible:
      a.responsible.kind === 'namedUnit'
        ? { kind: 'namedUnit', name: a.responsible.name }
        : { kind: a.responsible.kind },
    deadline: a.deadline,
    councilApproval: a.councilApproval
      ? {
          body: a.councilApproval.body,
          date: a.councilApproval.date,
          caseNumber: a.councilApproval.caseNumber,
        }
      : null,
    status: a.status,
    overdue,
    history: a.history.map(presentStatusChange),
    version: a.version,
  };
}

export const proposalResponse = z
  .object({
    id: z.string(),
    agreementId: z.string(),
    status: statusEnum,
    note: z.string(),
    evidenceUrl: z.string().nullable(),
    proposedOn: z.string(),
    proposedByName: z.string(),
    state: z.enum(['pending', 'confirmed', 'rejected']),
    decidedOn: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'AgreementProgressProposal' });

export function presentProposal(p: ProgressProposal): z.input<typeof proposalResponse> {
  return {
    id: p.id,
    agreementId: p.agreementId,
    status: p.status,
    note: p.note,
    evidenceUrl: p.evidenceUrl,
    proposedOn: p.proposedOn,
    proposedByName: p.proposedByName,
    state: p.state,
    decidedOn: p.decidedOn,
    decidedByName: p.decidedByName,
    decisionNote: p.decisionNote,
  };
}

export const summaryResponse = z
  .object({
    total: z.number().int(),
    byStatus: z.object(
      Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, z.number().int()])) as Record<
        (typeof AGREEMENT_STATUSES)[number],
        z.ZodNumber
      >,
    ),
    overdue: z.number().int(),
    sentence: z.string(),
  })
  .meta({ id: 'AgreementSummary' });

export function presentSummary(s: AgreementSummary): z.input<typeof summaryResponse> {
  return { total: s.total, byStatus: { ...s.byStatus }, overdue: s.overdue, sentence: s.sentence };
}

export const importResponse = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    unchanged: z.number().int(),
    changes: z.array(
      z.object({
        line: z.number().int(),
        agreementId: z.string(),
        from: statusEnum,
        to: statusEnum,
        date: z.string(),
        note: z.string().nullable(),
        evidenceUrl: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'AgreementStatusImport' });
