/**
 * /api/v1/municipalities/:municipality/agreements: list with filters (paged by `limit` and a
 * keyset `cursor`, issue 18), get, create, edit, change
 * status, progress reports (propose, confirm, reject), follow-up items, and the bulk status
 * import (body: the CSV file as `text/csv`, read as bytes so Windows-1252 files work).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { getAgreementDocument } from '../../app/agreements/agreement-document.ts';
import { changeAgreementStatus } from '../../app/agreements/change-agreement-status.ts';
import { getAgreement } from '../../app/agreements/get-agreement.ts';
import { importAgreementStatuses } from '../../app/agreements/import-agreement-statuses.ts';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import { listFollowUpAgreements } from '../../app/agreements/list-follow-up-agreements.ts';
import {
  confirmProgressProposal,
  proposeAgreementProgress,
  rejectProgressProposal,
} from '../../app/agreements/progress-proposals.ts';
import { createAgreement, updateAgreement } from '../../app/agreements/save-agreement.ts';
import { agreementsTable } from '../../app/exports/list-exports.ts';
import { isOverdue } from '../../domain/agreements/follow-up.ts';
import { AGREEMENT_STATUSES, OBJECTIVE_AREAS } from '../../domain/agreements/types.ts';
import { csvImportRoute, withCsvBody } from '../csv-import-route.ts';
import type { HttpDeps } from '../request-context.ts';
import { inputPart, useCaseRoute } from '../use-case-route.ts';
import {
  agreementResponse,
  importResponse,
  presentAgreement,
  presentProposal,
  presentSummary,
  proposalResponse,
  summaryResponse,
} from './presenters.ts';

const params = (r: FastifyRequest) => r.params as Record<string, string>;
const query = (r: FastifyRequest) => (r.query ?? {}) as Record<string, unknown>;
const body = (r: FastifyRequest) => (r.body ?? {}) as Record<string, unknown>;
const base = '/api/v1/municipalities/:municipality/agreements';
const tags = ['agreements'];

export async function registerAgreementsApi(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  await withCsvBody(app, (scope) => routes(scope, deps));
}

function routes(app: FastifyInstance, deps: HttpDeps): void {
  useCaseRoute(app, deps, {
    method: 'GET',
    url: base,
    tags,
    useCase: listAgreements,
    paged: 'after',
    input: (r) => {
      const q = query(r);
      return {
        municipality: params(r).municipality,
        organisation: q.organisation,
        status: q.status,
        objectiveArea: q.objectiveArea,
        steeringYear: q.steeringYear,
        overdue: q.overdue,
      };
    },
    querystring: z.object({
      organisation: z.string().optional(),
      status: z.enum(AGREEMENT_STATUSES).optional(),
      objectiveArea: z.enum(OBJECTIVE_AREAS).optional(),
      steeringYear: z.string().optional(),
      overdue: z.enum(['true', 'false']).optional(),
    }),
    response: z.object({
      municipality: z.string(),
      agreements: z.array(agreementResponse),
      summary: summaryResponse,
      pendingProposals: z.array(proposalResponse),
    }),
    present: (out) => ({
      municipality: out.municipality.code,
      agreements: out.agreements.map((a) => presentAgreement(a, a.overdue)),
      summary: presentSummary(out.summary),
      pendingProposals: out.pendingProposals.map(presentProposal),
    }),
    export: agreementsTable,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: base,
    tags,
    useCase: createAgreement,
    input: (r) => ({ municipality: params(r).municipality, agreement: r.body }),
    body: inputPart(createAgreement, 'agreement'),
    response: agreementResponse,
    present: (out) => presentAgreement(out.agreement, out.overdue),
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/follow-up`,
    tags,
    useCase: listFollowUpAgreements,
    input: (r) => ({ ...query(r), municipality: params(r).municipality }),
    querystring: z.object({ organisation: z.string(), steeringYear: z.string() }),
    response: z.object({ agreements: z.array(agreementResponse) }),
    present: (out) => ({ agreements: out.agreements.map((a) => presentAgreement(a, a.overdue)) }),
  });

  csvImportRoute(app, deps, {
    url: `${base}/import`,
    tags,
    useCase: importAgreementStatuses,
    defaultFileName: 'aftaler.csv',
    description: 'Aftalestatusser som CSV (UTF-8 eller Windows-1252)',
    response: importResponse,
    present: (out) => ({
      dryRun: out.dryRun,
      rows: out.rows,
      unchanged: out.unchanged,
      changes: out.changes.map((c) => ({
        line: c.line,
        agreementId: c.agreementId,
        from: c.from,
        to: c.to,
        date: c.date,
        note: c.note,
        evidenceUrl: c.evidenceUrl,
      })),
    }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/:id`,
    tags,
    useCase: getAgreement,
    input: (r) => ({ municipality: params(r).municipality, id: params(r).id }),
    response: z.object({ agreement: agreementResponse, proposals: z.array(proposalResponse) }),
    present: (out) => ({
      agreement: presentAgreement(out.agreement, out.overdue),
      proposals: out.proposals.map(presentProposal),
    }),
  });

  useCaseRoute(app, deps, {
    method: 'PUT',
    url: `${base}/:id`,
    tags,
    useCase: updateAgreement,
    input: (r) => {
      const { version, ...agreement } = body(r);
      return { municipality: params(r).municipality, id: params(r).id, version, agreement };
    },
    body: z
      .object({ version: inputPart(updateAgreement, 'version') })
      .and(inputPart(updateAgreement, 'agreement')),
    response: agreementResponse,
    present: (out) => presentAgreement(out.agreement, out.overdue),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/status`,
    tags,
    useCase: changeAgreementStatus,
    input: (r) => ({ ...body(r), municipality: params(r).municipality, id: params(r).id }),
    body: z.object({
      status: z.enum(AGREEMENT_STATUSES),
      date: z.string().optional(),
      note: z.string().optional(),
      evidenceUrl: z.string().optional(),
      meetingId: z.string().optional(),
    }),
    response: agreementResponse,
    present: (out) => presentAgreement(out.agreement, out.overdue),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/proposals`,
    tags,
    useCase: proposeAgreementProgress,
    input: (r) => ({ ...body(r), municipality: params(r).municipality, id: params(r).id }),
    body: z.object({
      status: z.enum(AGREEMENT_STATUSES),
      note: z.string(),
      evidenceUrl: z.string().optional(),
    }),
    response: proposalResponse,
    present: (out) => presentProposal(out.proposal),
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/proposals/:proposalId/confirm`,
    tags,
    useCase: confirmProgressProposal,
    input: (r) => ({ ...body(r), ...params(r) }),
    body: z.object({ note: z.string().optional() }),
    response: z.object({ agreement: agreementResponse, proposal: proposalResponse }),
    present: (out) => ({
      agreement: presentAgreement(out.agreement, out.overdue),
      proposal: presentProposal(out.proposal),
    }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/:id/proposals/:proposalId/reject`,
    tags,
    useCase: rejectProgressProposal,
    input: (r) => ({ ...body(r), ...params(r) }),
    body: z.object({ note: z.string() }),
    response: z.object({ agreement: agreementResponse, proposal: proposalResponse }),
    present: (out) => ({
      agreement: presentAgreement(out.agreement, out.overdue),
      proposal: presentProposal(out.proposal),
    }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `/api/v1/municipalities/:municipality/organisations/:organisation/agreement-document/:steeringYear`,
    tags,
    useCase: getAgreementDocument,
    input: (r) => ({ ...params(r) }),
    response: z.object({
      organisation: z.object({ id: z.string(), name: z.string() }),
      steeringYear: z.number().int(),
      agreements: z.array(agreementResponse),
      followUp: z.array(agreementResponse),
    }),
    present: (out) => ({
      organisation: { id: out.organisation.id, name: out.organisation.name },
      steeringYear: out.steeringYear,
      agreements: out.agreements.map((a) => presentAgreement(a, isOverdue(a, out.today))),
      followUp: out.followUp.map((a) => presentAgreement(a, isOverdue(a, out.today))),
    }),
  });
}
