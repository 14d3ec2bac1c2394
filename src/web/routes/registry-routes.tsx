/**
 * Registry pages: organisations, departments, people, bodies, and their CSV downloads.
 * Forms are in registry-form-routes.tsx.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import {
  type DepartmentExportRow,
  departmentsTable,
  organisationsTable,
  peopleTable,
} from '../../app/exports/list-exports.ts';
import { municipalReaders, registryReaders } from '../../app/registry/access.ts';
import { getOrganisation } from '../../app/registry/get-organisation.ts';
import { listBodies } from '../../app/registry/list-bodies.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { getPerson, listPeople } from '../../app/registry/list-people.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { excelCsv } from '../../domain/shared/spreadsheet-csv.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { requestedPage } from '../components/pagination.tsx';
import { exportPageRoutes } from '../export-routes.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { BodiesPage } from '../pages/registry/bodies-page.tsx';
import { OrganisationListPage } from '../pages/registry/organisation-list-page.tsx';
import { OrganisationPage } from '../pages/registry/organisation-page.tsx';
import { PeoplePage, PersonPage } from '../pages/registry/people-page.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const userName = (actor: { kind: string; name?: string }) =>
  actor.kind === 'user' ? (actor.name ?? null) : null;

export function registerRegistryPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/boligorganisationer',
    async (ctx, request) => {
      const out = await runUseCase(listOrganisations, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        ...requestedPage(request),
      });
      return (
        <OrganisationListPage
          municipality={out.municipality}
          organisations={out.organisations}
          paging={out.paging}
          summary={out.summary}
          userName={userName(ctx.actor)}
          can={out.can}
        />
      );
    },
    { access: registryReaders },
  );

  exportPageRoutes(app, deps, {
    url: '/boligorganisationer',
    access: registryReaders,
    table: async (ctx) =>
      organisationsTable(
        await runUseCase(listOrganisations, ctx, { municipality: requireHomeMunicipality(ctx.actor) }),
      ),
  });

  exportPageRoutes(app, deps, {
    url: '/afdelinger',
    access: registryReaders,
    table: async (ctx) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const out = await runUseCase(listOrganisations, ctx, { municipality });
      const rows: DepartmentExportRow[] = [];
      for (const { organisation } of out.organisations) {
        const detail = await runUseCase(getOrganisation, ctx, { municipality, id: organisation.id });
        for (const department of detail.departments) rows.push({ organisation, department });
      }
      return departmentsTable(municipality, rows);
    },
  });

  pageRoute(
    app,
    deps,
    'GET',
    '/boligorganisationer/:id',
    async (ctx, request) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const out = await runUseCase(getOrganisation, ctx, { municipality, id: param(request, 'id') });
      const { agreements } = await runUseCase(listAgreements, ctx, {
        municipality,
        organisation: out.organisation.id,
      });
      return (
        <OrganisationPage {...out} agreements={agreements} userName={userName(ctx.actor)} can={out.can} />
      );
    },
    { access: registryReaders },
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/personer',
    async (ctx, request) => {
      const out = await runUseCase(listPeople, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        ...requestedPage(request),
      });
      return (
        <PeoplePage
          municipality={out.municipality}
          persons={out.persons}
          paging={out.paging}
          organisations={out.organisations}
          findings={out.findings}
          contactVisible={out.contactVisible}
          userName={userName(ctx.actor)}
          can={out.can}
        />
      );
    },
    { access: municipalReaders },
  );

  exportPageRoutes(app, deps, {
    url: '/personer',
    access: municipalReaders,
    table: async (ctx) =>
      peopleTable(await runUseCase(listPeople, ctx, { municipality: requireHomeMunicipality(ctx.actor) })),
  });

  pageRoute(
    app,
    deps,
    'GET',
    '/personer/:id',
    async (ctx, request) => {
      const out = await runUseCase(getPerson, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        id: param(request, 'id'),
      });
      return <PersonPage {...out} userName={userName(ctx.actor)} />;
    },
    { access: municipalReaders },
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/udvalg',
    async (ctx) => {
      const out = await runUseCase(listBodies, ctx, { municipality: requireHomeMunicipality(ctx.actor) });
      return <BodiesPage {...out} userName={userName(ctx.actor)} />;
    },
    { access: municipalReaders },
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/udvalg.csv',
    async (ctx) => {
      const out = await runUseCase(listBodies, ctx, { municipality: requireHomeMunicipality(ctx.actor) });
      const roleLabel: Record<string, string> = {
        chair: 'formand',
        viceChair: 'næstformand',
        member: 'medlem',
      };
      const csv = excelCsv(
        ['Udvalg', 'Forkortelse', 'Valgperiode', 'Navn', 'Rolle'],
        out.bodies.flatMap(({ body, members }) =>
          members.map((m) => [
            body.name,
            body.abbreviation,
            m.electionPeriod,
            m.name,
            roleLabel[m.role] ?? m.role,
          ]),
        ),
      );
      return { file: csv, type: 'text/csv; charset=utf-8', filename: `udvalg-${out.municipality.code}.csv` };
    },
    { access: municipalReaders },
  );
}
