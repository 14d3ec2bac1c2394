/**
 * The public accounts (redegørelser, almenboligloven § 164, stk. 2) under /redegoerelser: the
 * municipalities, a municipality's index by year, one account as last published, an earlier
 * published version (/version/N), and each as a PDF. For everyone, logged in or not: the use
 * cases return only stored published versions.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getPublishedAccount } from '../../app/meetings/get-published-account.ts';
import { listPublishedAccounts } from '../../app/meetings/list-published-accounts.ts';
import { listMunicipalities } from '../../app/registry/list-municipalities.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { pageRoute } from '../page-route.ts';
import {
  AccountIndexPage,
  AccountMunicipalitiesPage,
  AccountPage,
} from '../pages/meetings/public-account-pages.tsx';
import { renderPdf } from '../pdf/pdf-pool.ts';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const publicPage = { access: { public: true } as const };

function account(ctx: UseCaseContext, request: FastifyRequest) {
  const version = param(request, 'version');
  return runUseCase(getPublishedAccount, ctx, {
    municipality: param(request, 'code'),
    id: param(request, 'id'),
    ...(version ? { version } : {}),
  });
}

export function registerPublicAccountRoutes(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/redegoerelser',
    async (ctx) => {
      const out = await runUseCase(listMunicipalities, ctx, {});
      return <AccountMunicipalitiesPage municipalities={out.map((m) => ({ code: m.code, name: m.name }))} />;
    },
    publicPage,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/redegoerelser/:code',
    async (ctx, request) => {
      const out = await runUseCase(listPublishedAccounts, ctx, { municipality: param(request, 'code') });
      return <AccountIndexPage municipality={out.municipality} years={out.years} />;
    },
    publicPage,
  );

  for (const url of ['/redegoerelser/:code/:id', '/redegoerelser/:code/:id/version/:version']) {
    pageRoute(
      app,
      deps,
      'GET',
      url,
      async (ctx, request) => <AccountPage {...(await account(ctx, request))} />,
      publicPage,
    );
    pageRoute(
      app,
      deps,
      'GET',
      `${url}/redegoerelse.pdf`,
      async (ctx, request) => {
        const out = await account(ctx, request);
        return {
          file: await renderPdf('publishedAccount', out.account, out),
          type: 'application/pdf',
          filename: `redegoerelse-${out.account.meetingId}-v${out.version}.pdf`,
        };
      },
      publicPage,
    );
  }
}
