/**
 * The CSV and XLSX downloads of the meeting, agreement, obligation and political case lists
 * (the registry lists' downloads are beside their pages in registry-routes.tsx). Each reads the
 * list's own use case with the page's own query, so the file holds what the page shows.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import {
  agreementsTable,
  complianceTable,
  meetingsTable,
  politicalCasesTable,
} from '../../app/exports/list-exports.ts';
import { complianceGrid } from '../../app/governance/compliance-grid.ts';
import { listMeetings } from '../../app/meetings/list-meetings.ts';
import { listPoliticalCases } from '../../app/political-cases/list-political-cases.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { exportPageRoutes } from '../export-routes.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { yearOf } from './meeting-route-helpers.tsx';

const AGREEMENT_FILTERS = ['organisation', 'status', 'objectiveArea', 'steeringYear', 'overdue'];

function agreementFilters(request: FastifyRequest): Record<string, string> {
  const q = (request.query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    AGREEMENT_FILTERS.filter((k) => typeof q[k] === 'string' && q[k] !== '').map((k) => [k, q[k] as string]),
  );
}

export function registerListExports(app: FastifyInstance, deps: HttpDeps): void {
  exportPageRoutes(app, deps, {
    url: '/moeder',
    access: listMeetings.access,
    table: async (ctx, request) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const year = yearOf(request, ctx.today);
      return meetingsTable(municipality, await runUseCase(listMeetings, ctx, { municipality, year }));
    },
  });

  exportPageRoutes(app, deps, {
    url: '/aftaler',
    access: listAgreements.access,
    table: async (ctx, request) =>
      agreementsTable(
        await runUseCase(listAgreements, ctx, {
          municipality: requireHomeMunicipality(ctx.actor),
          ...agreementFilters(request),
        }),
      ),
  });

  exportPageRoutes(app, deps, {
    url: '/forpligtelser',
    access: complianceGrid.access,
    table: async (ctx, request) =>
      complianceTable(
        await runUseCase(complianceGrid, ctx, {
          municipality: requireHomeMunicipality(ctx.actor),
          year: yearOf(request, ctx.today),
        }),
      ),
  });

  exportPageRoutes(app, deps, {
    url: '/politiske-sager',
    access: listPoliticalCases.access,
    table: async (ctx) =>
      politicalCasesTable(
        await runUseCase(listPoliticalCases, ctx, { municipality: requireHomeMunicipality(ctx.actor) }),
      ),
  });
}
