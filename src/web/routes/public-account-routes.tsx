/** The public accounts (almenboligloven § 164, stk. 2) under /redegoerelser: pages and the PDF. */
import type { FastifyInstance } from 'fastify';
import { getPublishedAccount } from '../../app/meetings/get-published-account.ts';
import { listPublishedAccounts } from '../../app/meetings/list-published-accounts.ts';
import { listMunicipalities } from '../../app/registry/list-municipalities.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { pageRoute } from '../page-route.ts';
import {
  AccountIndexPage,
  AccountMunicipalitiesPage,
  AccountPage,
} from '../pages/meetings/public-account-pages.tsx';
import { renderPublishedAccountPdf } from '../pdf/published-account-pdf.ts';
import { param } from './meeting-route-helpers.tsx';

export function registerPublicAccountRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const publicPage = { access: { public: true } as const };
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
  pageRoute(
    app,
    deps,
    'GET',
    '/redegoerelser/:code/:id',
    async (ctx, request) => {
      const out = await runUseCase(getPublishedAccount, ctx, {
        municipality: param(request, 'code'),
        id: param(request, 'id'),
      });
      return <AccountPage account={out.account} />;
    },
    publicPage,
  );
  pageRoute(
    app,
    deps,
    'GET',
    '/redegoerelser/:code/:id/redegoerelse.pdf',
    async (ctx, request) => {
      const out = await runUseCase(getPublishedAccount, ctx, {
        municipality: param(request, 'code'),
        id: param(request, 'id'),
      });
      return {
        file: await renderPublishedAccountPdf(out.account),
        type: 'application/pdf',
        filename: `redegoerelse-${out.account.meetingId}.pdf`,
      };
    },
    publicPage,
  );
}
