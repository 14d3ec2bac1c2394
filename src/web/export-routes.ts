/**
 * A list's downloads: `exportPageRoutes(app, deps, { url: '/moeder', access, table })` registers
 * `/moeder.csv` and `/moeder.xlsx`, both built by `table` from the same use case the list page
 * calls (so the same access rules and the same columns), written by http/exports/send-export.ts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AccessPolicy } from '../app/actor.ts';
import type { UseCaseContext } from '../app/use-case.ts';
import type { ExportTable } from '../domain/shared/export-table.ts';
import type { ExportFormat } from '../http/exports/export-formats.ts';
import { exportFile } from '../http/exports/send-export.ts';
import type { HttpDeps } from '../http/request-context.ts';
import { pageRoute } from './page-route.ts';

export interface ExportPageRoutes {
  /** The list page's address without extension, e.g. `/moeder`. */
  url: string;
  access: AccessPolicy;
  table(ctx: UseCaseContext, request: FastifyRequest): Promise<ExportTable>;
}

export function exportPageRoutes(app: FastifyInstance, deps: HttpDeps, route: ExportPageRoutes): void {
  for (const format of ['csv', 'xlsx'] as ExportFormat[]) {
    pageRoute(
      app,
      deps,
      'GET',
      `${route.url}.${format}`,
      async (ctx, request) => exportFile(await route.table(ctx, request), format),
      { access: route.access },
    );
  }
}
