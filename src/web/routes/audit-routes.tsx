/** Revisionslog (admins only) and its CSV export for aktindsigt. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../app/app-error.ts';
import { auditCsv } from '../../app/audit/audit-csv.ts';
import { AUDIT_MAX_ROWS, auditReaders, listAuditEntries } from '../../app/audit/list-audit-entries.ts';
import { listMunicipalities } from '../../app/registry/list-municipalities.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { copenhagenDate } from '../../domain/shared/copenhagen-date.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { requestedPage } from '../components/pagination.tsx';
import { pageRoute } from '../page-route.ts';
import { AuditPage } from '../pages/audit/audit-page.tsx';
import { queryText } from './auth-routes.tsx';
import { adminMunicipality } from './user-routes.tsx';

const ADMINS = { access: { roles: [...auditReaders.roles] } };

/** The page's Danish query names → the use case's filter fields. */
const FILTERS = { fra: 'from', til: 'to', handling: 'action', objekt: 'entity', aktoer: 'actor' } as const;

function filterValues(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(FILTERS)) {
    const v = queryText(request, name);
    if (v) out[name] = v;
  }
  return out;
}

function filterInput(municipality: string, values: Record<string, string>) {
  const input: Record<string, string> = { municipality };
  for (const [page, field] of Object.entries(FILTERS)) if (values[page]) input[field] = values[page];
  return input;
}

/** Field errors name the use case's fields; the form names them in Danish. */
function pageField(field: string): string {
  return Object.entries(FILTERS).find(([, f]) => f === field)?.[0] ?? field;
}

export function registerAuditPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/revision',
    async (ctx, request, reply) => {
      const municipality = adminMunicipality(ctx.actor, request);
      const values = filterValues(request);
      const all = await runUseCase(listMunicipalities, ctx, {});
      const m = all.find((x) => x.code === municipality) ?? {
        code: municipality,
        name: `Kommune ${municipality}`,
      };
      const exportQuery = new URLSearchParams({ kommune: municipality, ...values }).toString();
      try {
        const out = await runUseCase(listAuditEntries, ctx, {
          ...filterInput(municipality, values),
          ...requestedPage(request),
        });
        return (
          <AuditPage
            municipality={{ code: m.code, name: m.name }}
            filter={{ values, errors: [] }}
            entries={out.entries}
            paging={out.paging}
            exportQuery={exportQuery}
          />
        );
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        reply.status(400);
        const errors = err.fieldErrors.map((e) => ({ field: pageField(e.field), message: e.message }));
        return (
          <AuditPage
            municipality={{ code: m.code, name: m.name }}
            filter={{ values, errors }}
            entries={[]}
            paging={null}
            exportQuery={exportQuery}
          />
        );
      }
    },
    ADMINS,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/revision/eksport.csv',
    async (ctx, request) => {
      const municipality = adminMunicipality(ctx.actor, request);
      const out = await runUseCase(listAuditEntries, ctx, {
        ...filterInput(municipality, filterValues(request)),
        limit: AUDIT_MAX_ROWS,
      });
      return {
        file: auditCsv(out.entries),
        type: 'text/csv; charset=utf-8',
        filename: `revisionslog-${municipality}-${copenhagenDate(deps.now())}.csv`,
      };
    },
    ADMINS,
  );
}
