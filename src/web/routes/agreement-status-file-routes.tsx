/**
 * The bulk status file: export the open agreements as CSV, and upload the file back (with a dry
 * run). The upload is multipart (web/multipart-form.ts), so it is not a formRoute: the page shows
 * the problems per line of the file rather than per form field.
 */
import type { FastifyInstance } from 'fastify';
import { agreementWriters } from '../../app/agreements/access.ts';
import { importAgreementStatuses } from '../../app/agreements/import-agreement-statuses.ts';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import { AppError } from '../../app/app-error.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import {
  agreementsForStatusExport,
  statusCsvHeaderRow,
  statusCsvRow,
} from '../../domain/agreements/status-csv.ts';
import { excelCsv } from '../../domain/shared/spreadsheet-csv.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import type { MultipartBody } from '../multipart-form.ts';
import { pageRoute } from '../page-route.ts';
import { StatusFilePage } from '../pages/agreements/status-file-page.tsx';

const writers = { access: agreementWriters };

async function statusFilePage(
  ctx: UseCaseContext,
  extra: Partial<Parameters<typeof StatusFilePage>[0]> = {},
) {
  const out = await runUseCase(listAgreements, ctx, { municipality: requireHomeMunicipality(ctx.actor) });
  return (
    <StatusFilePage
      municipality={out.municipality}
      openAgreements={agreementsForStatusExport(out.agreements).length}
      {...extra}
    />
  );
}

export function registerAgreementStatusFile(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(app, deps, 'GET', '/aftaler/statusfil', (ctx) => statusFilePage(ctx), writers);

  pageRoute(
    app,
    deps,
    'POST',
    '/aftaler/statusfil',
    async (ctx, request, reply) => {
      const body = (request.body ?? {}) as MultipartBody;
      const file = body.file;
      if (typeof file !== 'object' || file.filename === '' || file.bytes.length === 0) {
        reply.status(422);
        return statusFilePage(ctx, { formError: 'Vælg en CSV-fil med aftalernes statusser' });
      }
      try {
        const result = await runUseCase(importAgreementStatuses, ctx, {
          municipality: requireHomeMunicipality(ctx.actor),
          file: file.bytes,
          fileName: file.filename,
          dryRun: body.dryRun === 'true',
        });
        return statusFilePage(ctx, { result });
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        reply.status(422);
        return statusFilePage(ctx, {
          problems: err.fieldErrors.length > 0 ? err.fieldErrors : [{ field: 'Filen', message: err.detail }],
        });
      }
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/aabne.csv',
    async (ctx) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const out = await runUseCase(listAgreements, ctx, { municipality });
      const names = new Map(out.organisations.map((o) => [o.id, o.name]));
      const csv = excelCsv(
        statusCsvHeaderRow(),
        agreementsForStatusExport(out.agreements, (id) => names.get(id) ?? id).map((a) =>
          statusCsvRow(a, names.get(a.organisationId) ?? a.organisationId),
        ),
      );
      return {
        file: csv,
        type: 'text/csv; charset=utf-8',
        filename: `aabne-aftaler-${municipality}-${ctx.today}.csv`,
      };
    },
    writers,
  );
}
