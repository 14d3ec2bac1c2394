/**
 * Registry pages: organisations, departments, people, bodies, and their CSV downloads.
 * Forms are in registry-form-routes.tsx.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import { municipalReaders, registryReaders } from '../../app/registry/access.ts';
import { getOrganisation } from '../../app/registry/get-organisation.ts';
import { listBodies } from '../../app/registry/list-bodies.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { getPerson, listPeople } from '../../app/registry/list-people.ts';
import { organisationCsvTable } from '../../app/registry/organisation-csv.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { excelCsv } from '../../domain/shared/spreadsheet-csv.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { departmentKindLabel } from '../format.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { BodiesPage } from '../pages/registry/bodies-page.tsx';
import { OrganisationListPage } from '../pages/registry/organisation-list-page.tsx';
import { OrganisationPage } from '../pages/registry/organisation-page.tsx';
import { PeoplePage, PersonPage, roleText } from '../pages/registry/people-page.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const userName = (actor: { kind: string; name?: string }) =>
  actor.kind === 'user' ? (actor.name ?? null) : null;

export function registerRegistryPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/boligorganisationer',
    async (ctx) => {
      const out = await runUseCase(listOrganisations, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
      });
      return (
        <OrganisationListPage
          municipality={out.municipality}
          organisations={out.organisations}
          userName={userName(ctx.actor)}
          can={out.can}
        />
      );
    },
    { access: registryReaders },
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/boligorganisationer.csv',
    async (ctx) => {
      const out = await runUseCase(listOrganisations, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
      });
      const table = organisationCsvTable(out.organisations);
      const csv = excelCsv(table.headers, table.rows);
      return {
        file: csv,
        type: 'text/csv; charset=utf-8',
        filename: `boligorganisationer-${out.municipality.code}.csv`,
      };
    },
    { access: registryReaders },
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/afdelinger.csv',
    async (ctx) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const out = await runUseCase(listOrganisations, ctx, { municipality });
      const rows: (string | number | boolean | null)[][] = [];
      for (const { organisation } of out.organisations) {
        const detail = await runUseCase(getOrganisation, ctx, { municipality, id: organisation.id });
        for (const d of detail.departments) {
          rows.push([
            organisation.cvr,
            organisation.name,
            d.lbfNumber,
            d.name,
            d.address,
            d.locationMunicipality,
            departmentKindLabel[d.kind],
            d.homes,
            d.hasDepartmentBoard,
          ]);
        }
      }
      const csv = excelCsv(
        [
          'Organisationens CVR',
          'Organisation',
          'Afdelingsnr.',
          'Navn',
          'Adresse',
          'Kommune',
          'Type',
          'Boliger',
          'Afdelingsbestyrelse',
        ],
        rows,
      );
      return { file: csv, type: 'text/csv; charset=utf-8', filename: `afdelinger-${municipality}.csv` };
    },
    { access: registryReaders },
  );

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
    async (ctx) => {
      const out = await runUseCase(listPeople, ctx, { municipality: requireHomeMunicipality(ctx.actor) });
      return (
        <PeoplePage
          municipality={out.municipality}
          persons={out.persons}
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

  pageRoute(
    app,
    deps,
    'GET',
    '/personer.csv',
    async (ctx) => {
      const out = await runUseCase(listPeople, ctx, { municipality: requireHomeMunicipality(ctx.actor) });
      // Contact columns only for roles with need to know (app/registry/contact-access.ts).
      const contact = out.contactVisible;
      const csv = excelCsv(
        ['Id', 'Navn', ...(contact ? ['E-mail', 'Telefon'] : []), 'Roller'],
        out.persons.map((p) => [
          p.id,
          p.name,
          ...(contact ? [p.email, p.phone] : []),
          p.roles.map((r) => roleText(r, out.organisations)).join('; '),
        ]),
      );
      return {
        file: csv,
        type: 'text/csv; charset=utf-8',
        filename: `personer-${out.municipality.code}.csv`,
      };
    },
    { access: municipalReaders },
  );

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
