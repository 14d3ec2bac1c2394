/**
 * Log ind / log ud, login with the municipality's OpenID Connect provider, forgotten password
 * (forgotten password and new password from a one-time link: password-routes.tsx). All forms post
 * plain HTML (CSRF-protected).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../app/app-error.ts';
import { logIn } from '../../app/auth/log-in.ts';
import { logInWithOidc } from '../../app/auth/log-in-with-oidc.ts';
import { logOut } from '../../app/auth/log-out.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import {
  clearSessionCookie,
  forgetCredentials,
  isHttps,
  SESSION_COOKIE,
  setSessionCookie,
} from '../../http/auth/credentials.ts';
import { OIDC_CALLBACK_PATH, OIDC_STATE_COOKIE } from '../../http/auth/oidc.ts';
import { statusByCode } from '../../http/problem.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { pageRoute } from '../page-route.ts';
import { LoginPage } from '../pages/auth/login-page.tsx';
import { LogoutPage } from '../pages/auth/logout-page.tsx';
import { registerPasswordPages } from './password-routes.tsx';

const PUBLIC = { access: { public: true as const } };

export function formFields(request: FastifyRequest): Record<string, string> {
  const body = request.body;
  if (!body || typeof body !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function queryText(request: FastifyRequest, name: string): string | undefined {
  const v = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : undefined;
}

/** Only local paths: `/x` yes, `//evil.example` and `https://…` no (open redirect). */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/log-ind') || next.startsWith('/log-ud')) return '/';
  return next;
}

function failureState(
  err: AppError,
  values: Record<string, string>,
): {
  state: FormState;
  failure: { title: string; detail: string } | null;
} {
  const fieldErrors = err.fieldErrors.filter((e) => e.field in values || e.field === 'password');
  return {
    state: { values, errors: fieldErrors },
    failure: fieldErrors.length > 0 ? null : { title: err.title, detail: err.detail },
  };
}

function oidcCookieOptions(request: FastifyRequest) {
  return {
    path: '/log-ind/oidc',
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
    sameSite: 'lax' as const,
    secure: isHttps(request),
    maxAge: 600,
  };
}

function loginPage(deps: HttpDeps, props: Partial<Parameters<typeof LoginPage>[0]> & { next: string }) {
  return (
    <LoginPage
      state={props.state ?? emptyForm}
      next={props.next}
      failure={props.failure ?? null}
      notice={props.notice ?? null}
      oidcEnabled={Boolean(deps.oidc)}
      loggedInAs={props.loggedInAs ?? null}
    />
  );
}

export function registerAuthPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/log-ind',
    async (ctx, request) => {
      const notice =
        queryText(request, 'logget-ud') !== undefined
          ? 'loggedOut'
          : queryText(request, 'adgangskode-skiftet') !== undefined
            ? 'passwordChanged'
            : null;
      return loginPage(deps, {
        next: safeNext(queryText(request, 'naeste')),
        notice,
        loggedInAs: ctx.actor.kind === 'user' ? ctx.actor.name : null,
      });
    },
    PUBLIC,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/log-ind',
    async (ctx, request, reply) => {
      const form = formFields(request);
      const next = safeNext(form.naeste);
      try {
        const session = await runUseCase(logIn, ctx, {
          email: form.email ?? '',
          password: form.password ?? '',
          ip: request.ip ?? null,
        });
        setSessionCookie(request, reply, session);
        forgetCredentials(request);
        return { redirect: next };
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        reply.status(statusByCode[err.code]);
        return loginPage(deps, { next, ...failureState(err, { email: form.email ?? '' }) });
      }
    },
    PUBLIC,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/log-ud',
    async (ctx) => {
      if (ctx.actor.kind !== 'user') return { redirect: '/log-ind' };
      return <LogoutPage userName={ctx.actor.name} />;
    },
    PUBLIC,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/log-ud',
    async (ctx, request, reply) => {
      await runUseCase(logOut, ctx, { sessionToken: request.cookies?.[SESSION_COOKIE] ?? null });
      clearSessionCookie(request, reply);
      return { redirect: '/log-ind?logget-ud=1' };
    },
    PUBLIC,
  );

  registerPasswordPages(app, deps);
  if (deps.oidc) registerOidcPages(app, deps, deps.oidc);
}

function registerOidcPages(app: FastifyInstance, deps: HttpDeps, oidc: NonNullable<HttpDeps['oidc']>): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/log-ind/oidc',
    async (_ctx, request, reply) => {
      const next = safeNext(queryText(request, 'naeste'));
      const started = await oidc.start();
      const value = `${started.state}.${Buffer.from(next, 'utf8').toString('base64url')}`;
      reply.setCookie(OIDC_STATE_COOKIE, value, oidcCookieOptions(request));
      return { redirect: started.url };
    },
    PUBLIC,
  );

  pageRoute(
    app,
    deps,
    'GET',
    OIDC_CALLBACK_PATH,
    async (ctx, request, reply) => {
      const cookie = request.cookies?.[OIDC_STATE_COOKIE] ?? '';
      const [flow = '', nextEncoded = ''] = cookie.split('.');
      const next = safeNext(Buffer.from(nextEncoded, 'base64url').toString('utf8'));
      reply.clearCookie(OIDC_STATE_COOKIE, oidcCookieOptions(request));
      const failed = (status: number, failure: { title: string; detail: string }) => {
        reply.status(status);
        return loginPage(deps, { next, failure });
      };
      if (!flow || queryText(request, 'error') !== undefined) {
        return failed(400, {
          title: 'Login med kommunens login mislykkedes',
          detail: 'Login blev afbrudt eller er udløbet. Prøv igen.',
        });
      }
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      let identity: Awaited<ReturnType<typeof oidc.finish>>;
      try {
        identity = await oidc.finish(query, flow);
      } catch (err) {
        request.log.warn({ err }, 'OIDC login failed');
        return failed(400, {
          title: 'Login med kommunens login mislykkedes',
          detail: 'Svaret fra kommunens login kunne ikke godkendes. Prøv igen, eller kontakt support.',
        });
      }
      try {
        const session = await runUseCase(logInWithOidc, ctx, {
          email: identity.email,
          issuer: identity.issuer,
          subject: identity.subject,
          ip: request.ip ?? null,
        });
        setSessionCookie(request, reply, session);
        forgetCredentials(request);
        return { redirect: next };
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        return failed(statusByCode[err.code], { title: err.title, detail: err.detail });
      }
    },
    PUBLIC,
  );
}
