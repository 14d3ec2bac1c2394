/**
 * /api/v1 governance routes: model versions, obligations of a year, compliance, facts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { complianceTable } from '../../app/exports/list-exports.ts';
import { adoptModelVersion } from '../../app/governance/adopt-model-version.ts';
import { complianceGrid } from '../../app/governance/compliance-grid.ts';
import { complianceVersion } from '../../app/governance/compliance-version.ts';
import { listModels } from '../../app/governance/list-models.ts';
import { listObligations } from '../../app/governance/list-obligations.ts';
import { obligationView } from '../../app/governance/obligation-view.ts';
import { recordFact } from '../../app/governance/record-fact.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { governanceModelSchema } from '../../domain/governance-model/schema.ts';
import { findingResponse, presentFinding } from '../registry/presenters.ts';
import type { HttpDeps } from '../request-context.ts';
import { useCaseRoute } from '../use-case-route.ts';

const params = (r: FastifyRequest) => r.params as Record<string, string>;
const query = (r: FastifyRequest) => (r.query ?? {}) as Record<string, string>;
const base = '/api/v1/municipalities/:municipality';
const tags = ['governance'];

const obligationResponse = z
  .object({
    id: z.string(),
    kind: z.string(),
    label: z.string(),
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    periodKind: z.string(),
    periodLabel: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    dueBy: z.string(),
    statutory: z.boolean(),
    basis: z.string(),
    modelId: z.string().nullable(),
    modelVersion: z.number().nullable(),
  })
  .meta({ id: 'Obligation' });

const assessedObligationResponse = obligationResponse
  .extend({
    status: z.enum(['met', 'due', 'overdue', 'missed', 'notApplicable']),
    statusLabel: z.string().meta({ description: 'The status in Danish, as the pages show it' }),
    completedOn: z.string().nullable(),
    completedLate: z.boolean(),
    account: z
      .object({ dueBy: z.string(), publishedOn: z.string().nullable(), late: z.boolean() })
      .nullable(),
    findings: z.array(z.object({ code: z.string(), severity: z.string(), message: z.string() })),
    evidence: z.array(z.object({ kind: z.string(), ref: z.string().nullable(), date: z.string() })),
  })
  .meta({ id: 'AssessedObligation' });

const yearQuery = z.object({ year: z.coerce.number().int() });

export function registerGovernanceApi(app: FastifyInstance, deps: HttpDeps): void {
  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/models`,
    tags,
    useCase: listModels,
    input: (r) => ({ municipality: params(r).municipality }),
    response: z.object({
      versions: z.array(
        z.object({
          model: z.record(z.string(), z.unknown()),
          reason: z.string().nullable(),
          createdAt: z.string(),
          findings: z.array(findingResponse),
          changes: z.array(z.record(z.string(), z.unknown())),
        }),
      ),
      historyFindings: z.array(findingResponse),
    }),
    present: (out) => ({
      versions: out.versions.map((v) => ({
        model: { ...v.model },
        reason: v.reason,
        createdAt: v.createdAt,
        findings: v.findings.map(presentFinding),
        changes: v.changes.map((c) => ({ ...c })),
      })),
      historyFindings: out.historyFindings.map(presentFinding),
    }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/models`,
    tags,
    useCase: adoptModelVersion,
    input: (r) => {
      const { reason, ...model } = (r.body ?? {}) as Record<string, unknown>;
      return { municipality: params(r).municipality, model, reason: reason ?? null };
    },
    // The domain's own model schema; version and municipality are set by the server.
    body: governanceModelSchema
      .partial({ version: true, municipality: true })
      .extend({ reason: z.string().max(1000).nullable().optional() }),
    response: z.object({
      id: z.string(),
      version: z.number(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
    present: (m) => ({ id: m.id, version: m.version, validFrom: m.validFrom, validTo: m.validTo }),
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/obligations`,
    tags,
    useCase: listObligations,
    querystring: yearQuery,
    input: (r) => ({ municipality: params(r).municipality, year: query(r).year }),
    response: z.object({
      municipality: z.string(),
      year: z.number(),
      obligations: z.array(obligationResponse),
    }),
    present: (out) => ({
      municipality: out.municipality.code,
      year: out.year,
      obligations: out.obligations.map(obligationView),
    }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/compliance`,
    tags,
    useCase: complianceGrid,
    querystring: yearQuery,
    input: (r) => ({ municipality: params(r).municipality, year: query(r).year }),
    etag: async (ctx, r) => {
      const { version, known } = await runUseCase(complianceVersion, ctx, {
        municipality: params(r).municipality,
      });
      return { etag: version ? `W/"${version}-${String(query(r).year)}"` : null, known };
    },
    // The version names the municipality, its content and the day; the answer holds nothing of the viewer.
    sharedBody: true,
    response: z.object({
      municipality: z.string(),
      year: z.number(),
      sentences: z.array(z.string()),
      obligations: z.array(assessedObligationResponse),
    }),
    present: (out) => ({
      municipality: out.municipality.code,
      year: out.year,
      sentences: out.current.sentences,
      obligations: out.current.obligations,
    }),
    export: complianceTable,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/facts`,
    tags,
    useCase: recordFact,
    input: (r) => ({ municipality: params(r).municipality, ...((r.body ?? {}) as object) }),
    body: z.object({
      obligationId: z.string(),
      kind: z.enum(['meetingHeld', 'accountPublished', 'packageReceived', 'notApplicable']),
      date: z.string(),
      ref: z.string().nullable().optional(),
      note: z.string().nullable().optional(),
    }),
    response: z.object({ id: z.number(), obligationId: z.string(), kind: z.string(), date: z.string() }),
    // The same fact again is not stored twice: 200 with the first one, 201 when it is new.
    statusOf: (out) => (out.created ? 201 : 200),
    present: (out) => ({
      id: out.fact.id,
      obligationId: out.fact.obligationId,
      kind: out.fact.kind,
      date: out.fact.date,
    }),
    successStatus: 201,
  });
}
