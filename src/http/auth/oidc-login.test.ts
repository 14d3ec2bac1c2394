/**
 * "Log ind med kommunens login" end to end against a real OpenID Connect provider (oidc-provider
 * on 127.0.0.1): authorization code flow with PKCE, state and nonce, through the provider's own
 * login and consent forms, back to our callback, to a session for the local user with that e-mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieHeader, createTestUser, setCookies } from '../../../test/support/auth.ts';
import { startTestProvider, type TestProvider } from '../../../test/support/oidc-provider.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createOidcLogin } from './oidc.ts';

const REDIRECT = 'http://styringsdialog.test/log-ind/oidc/callback';

describe('login with the municipality OpenID Connect provider', () => {
  let provider: TestProvider;
  let t: TestApp;

  beforeAll(async () => {
    provider = await startTestProvider(REDIRECT);
    t = await startTestApp({
      now: new Date(),
      oidc: createOidcLogin({
        issuerUrl: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        redirectUrl: REDIRECT,
        scopes: 'openid email profile',
        emailClaim: 'email',
        allowInsecureHttp: true,
      }),
    });
    await createTestUser(t.database.db, {
      email: 'sara@norddjurs.dk',
      role: 'caseOfficer',
      name: 'Sara Sagsbehandler',
    });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  /** Starts at /log-ind/oidc like the button does; returns our state cookie and the provider URL. */
  async function start(next = '/') {
    const res = await t.app.inject({
      method: 'GET',
      url: `/log-ind/oidc?naeste=${encodeURIComponent(next)}`,
    });
    expect(res.statusCode).toBe(303);
    const state = res.cookies.find((c) => c.name === 'sd_oidc');
    expect(state).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/log-ind/oidc' });
    return { url: String(res.headers.location), cookie: `sd_oidc=${state?.value}` };
  }

  async function callback(url: URL, cookie: string) {
    return t.app.inject({
      method: 'GET',
      url: `${url.pathname}${url.search}`,
      headers: { cookie, accept: 'text/html' },
    });
  }

  it('shows the button on the login page when configured', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/log-ind' });
    expect(page.body).toContain('Log ind med kommunens login');
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const { url } = await start();
    const auth = new URL(url);
    expect(auth.origin).toBe(provider.issuer);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(auth.searchParams.get('state')).toBeTruthy();
    expect(auth.searchParams.get('nonce')).toBeTruthy();
    expect(auth.searchParams.get('redirect_uri')).toBe(REDIRECT);
  });

  it('logs a known user in through the provider and goes to the page asked for', async () => {
    const { url, cookie } = await start('/brugere');
    const back = await provider.browse(url, 'sara');
    expect(back.searchParams.get('code')).toBeTruthy();
    const res = await callback(back, cookie);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/brugere');
    const session = setCookies(res).sd_session;
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: cookieHeader({ sd_session: session ?? '' }) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: 'sara@norddjurs.dk', name: 'Sara Sagsbehandler' });
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'login')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ method: 'oidc', issuer: provider.issuer, subject: 'sara' });
  });

  it('refuses a person the provider knows but who has no user here (403, Danish)', async () => {
    const { url, cookie } = await start();
    const back = await provider.browse(url, 'ukendt');
    const res = await callback(back, cookie);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Ingen adgang til Styringsdialog');
    expect(res.body).toContain('ukendt@norddjurs.dk');
    expect(setCookies(res).sd_session).toBeUndefined();
  });

  it('refuses a callback whose state belongs to another login (login CSRF), and a replayed code', async () => {
    const first = await start();
    const second = await start();
    const back = await provider.browse(first.url, 'sara');
    const crossed = await callback(back, second.cookie);
    expect(crossed.statusCode).toBe(400);
    expect(crossed.body).toContain('Login med kommunens login mislykkedes');
    expect(setCookies(crossed).sd_session).toBeUndefined();
    const noCookie = await callback(back, '');
    expect(noCookie.statusCode).toBe(400);
    // The right state still works once; the provider refuses the same code a second time.
    expect((await callback(back, first.cookie)).statusCode).toBe(303);
    const replayed = await callback(back, first.cookie);
    expect(replayed.statusCode).toBe(400);
    expect(setCookies(replayed).sd_session).toBeUndefined();
  });
});
