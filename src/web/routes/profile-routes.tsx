/**
 * "Mine adgange" (/min-profil) for every logged-in user: one's own API tokens and calendar feed,
 * created, renewed and revoked while the server runs. New secrets are rendered once (201), never
 * put in a redirect URL (it would land in logs and history).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../app/app-error.ts';
import { createOwnApiToken } from '../../app/auth/create-own-api-token.ts';
import { getMyAccess } from '../../app/auth/get-my-access.ts';
import { revokeOwnApiToken } from '../../app/auth/revoke-own-api-token.ts';
import { signedInUsers } from '../../app/auth/user-access.ts';
import { createCalendarFeed } from '../../app/meetings/calendar-feed.ts';
import { revokeCalendarFeed } from '../../app/meetings/revoke-calendar-feed.ts';
import { setMyReminders } from '../../app/reminders/set-my-reminders.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { type MyAccessNotice, MyAccessPage } from '../pages/users/my-access-page.tsx';
import { formFields, queryText } from './auth-routes.tsx';

const SIGNED_IN = { access: signedInUsers };
const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';

export function registerProfilePages(app: FastifyInstance, deps: HttpDeps): void {
  async function page(ctx: UseCaseContext, notice: MyAccessNotice | null, form: FormState = emptyForm) {
    const out = await runUseCase(getMyAccess, ctx, {});
    return <MyAccessPage {...out} now={ctx.now ?? new Date()} form={form} notice={notice} />;
  }

  pageRoute(
    app,
    deps,
    'GET',
    '/min-profil',
    async (ctx, request) => {
      const notice: MyAccessNotice | null =
        queryText(request, 'tilbagekaldt') !== undefined
          ? { kind: 'tokenRevoked' }
          : queryText(request, 'lukket') !== undefined
            ? { kind: 'feedRevoked', count: Number(queryText(request, 'lukket')) || 0 }
            : queryText(request, 'paamindelser') !== undefined
              ? { kind: 'reminders', enabled: queryText(request, 'paamindelser') === 'til' }
              : null;
      return page(ctx, notice);
    },
    SIGNED_IN,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/min-profil/noegler',
    async (ctx, request, reply) => {
      const form = formFields(request);
      try {
        const out = await runUseCase(createOwnApiToken, ctx, { label: form.label, expires: form.expires });
        reply.status(201);
        return page(ctx, { kind: 'newToken', token: out.token, label: out.label, expiresAt: out.expiresAt });
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        reply.status(400);
        const values = { label: form.label ?? '', expires: form.expires ?? '' };
        return page(ctx, null, { values, errors: err.fieldErrors });
      }
    },
    SIGNED_IN,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/min-profil/noegler/:id/tilbagekald',
    async (ctx, request) => {
      await runUseCase(revokeOwnApiToken, ctx, { id: param(request, 'id') });
      return { redirect: '/min-profil?tilbagekaldt=1' };
    },
    SIGNED_IN,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/min-profil/kalender',
    async (ctx, _request, reply) => {
      const out = await runUseCase(createCalendarFeed, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        linkBase: deps.publicUrl,
      });
      reply.status(201);
      return page(ctx, { kind: 'newFeed', url: out.url });
    },
    SIGNED_IN,
  );

  // The daily reminder digest on or off (issue 13, point 8).
  formRoute(app, deps, {
    url: '/min-profil/paamindelser',
    pageUrl: '/min-profil',
    access: signedInUsers,
    useCase: setMyReminders,
    toInput: ({ fields }) => ({ enabled: fields.enabled }),
    page: (ctx) => page(ctx, null),
    redirect: (out) => `/min-profil?paamindelser=${out.enabled ? 'til' : 'fra'}`,
  });

  pageRoute(
    app,
    deps,
    'POST',
    '/min-profil/kalender/luk',
    async (ctx) => {
      const out = await runUseCase(revokeCalendarFeed, ctx, {});
      return { redirect: `/min-profil?lukket=${out.revoked}` };
    },
    SIGNED_IN,
  );
}
