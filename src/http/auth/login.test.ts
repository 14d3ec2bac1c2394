import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  anonymousForm,
  cookieHeader,
  createTestUser,
  logIn,
  setCookies,
  submitForm,
  TEST_PASSWORD,
} from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

describe('log ind / log ud', () => {
  let t: TestApp;
  let now = new Date('2026-11-22T12:00:00Z');
  const minutesLater = (m: number) => {
    now = new Date(now.getTime() + m * 60_000);
  };

  beforeAll(async () => {
    // The requests come from 127.0.0.1, trusted here as the reverse proxy (TRUST_PROXY).
    t = await startTestApp({ clock: () => now, trustProxy: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    now = new Date('2026-11-22T12:00:00Z');
    await resetDatabase(t.database.db);
    await createTestUser(t.database.db, {
      email: 'sagsbehandler@norddjurs.dk',
      role: 'caseOfficer',
      name: 'Sara Sagsbehandler',
    });
  });

  it('shows a Danish login form with a CSRF field and an HttpOnly double-submit cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/log-ind' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Log ind</h1>');
    expect(res.body).toMatch(/name="_csrf" value="[A-Za-z0-9_-]{43}"/);
    expect(res.body).not.toContain('Log ind med kommunens login');
    const csrf = res.cookies.find((c) => c.name === 'sd_csrf');
    expect(csrf).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('refuses a login post without the CSRF token (403), with a Danish explanation', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/log-ind',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: `email=sagsbehandler%40norddjurs.dk&password=${encodeURIComponent(TEST_PASSWORD)}`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Formularen kunne ikke sendes');
    expect(res.cookies.find((c) => c.name === 'sd_session')).toBeUndefined();
  });

  it('refuses a CSRF token that does not match the cookie', async () => {
    const browser = await anonymousForm(t.app);
    const res = await submitForm(
      t.app,
      '/log-ind',
      { ...browser, csrfToken: 'x'.repeat(43) },
      {
        email: 'sagsbehandler@norddjurs.dk',
        password: TEST_PASSWORD,
      },
    );
    expect(res.statusCode).toBe(403);
  });

  it('logs in, sets an HttpOnly SameSite=Lax session cookie and goes to the page asked for', async () => {
    const browser = await anonymousForm(t.app, '/log-ind?naeste=%2Fboligorganisationer');
    const res = await submitForm(t.app, '/log-ind', browser, {
      email: ' Sagsbehandler@Norddjurs.dk ',
      password: TEST_PASSWORD,
      naeste: '/boligorganisationer',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/boligorganisationer');
    const session = res.cookies.find((c) => c.name === 'sd_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session?.secure).toBeFalsy();
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `sd_session=${session?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: 'sagsbehandler@norddjurs.dk', name: 'Sara Sagsbehandler' });
    expect(me.json().user.grants).toEqual([
      { id: expect.any(Number), role: 'caseOfficer', municipality: '707', organisationId: null, unit: null },
    ]);
  });

  it('marks the session cookie Secure when the request came over https (behind a trusted proxy)', async () => {
    const browser = await anonymousForm(t.app);
    const res = await submitForm(
      t.app,
      '/log-ind',
      browser,
      { email: 'sagsbehandler@norddjurs.dk', password: TEST_PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(res.cookies.find((c) => c.name === 'sd_session')?.secure).toBe(true);
  });

  it('stores only a hash of the session id and never the password', async () => {
    const browser = await logIn(t.app, 'sagsbehandler@norddjurs.dk');
    const rows = await t.database.db.selectFrom('session').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.id_hash).not.toBe(browser.cookies.sd_session);
    const user = await t.database.db.selectFrom('app_user').select('password_hash').executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('never redirects to another site after login', async () => {
    for (const evil of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      const browser = await anonymousForm(t.app);
      const res = await submitForm(t.app, '/log-ind', browser, {
        email: 'sagsbehandler@norddjurs.dk',
        password: TEST_PASSWORD,
        naeste: evil,
      });
      expect(res.headers.location).toBe('/');
    }
  });

  it('answers a wrong password and an unknown e-mail the same way (401), without a session', async () => {
    const wrong = await submitForm(t.app, '/log-ind', await anonymousForm(t.app), {
      email: 'sagsbehandler@norddjurs.dk',
      password: 'forkert forkert forkert',
    });
    const unknown = await submitForm(t.app, '/log-ind', await anonymousForm(t.app), {
      email: 'ukendt@norddjurs.dk',
      password: 'forkert forkert forkert',
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('E-mailadressen eller adgangskoden er forkert.');
      expect(res.cookies.find((c) => c.name === 'sd_session')).toBeUndefined();
    }
    expect(wrong.body).toContain('value="sagsbehandler@norddjurs.dk"');
    expect(wrong.body).not.toContain('forkert forkert forkert');
  });

  it('shows field errors for an empty form', async () => {
    const res = await submitForm(t.app, '/log-ind', await anonymousForm(t.app), { email: '', password: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Skriv din e-mailadresse');
    expect(res.body).toContain('Skriv din adgangskode');
    expect(res.body).toContain('class="form-group form-error"');
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password, then opens it', async () => {
    const attempt = async (password: string) =>
      submitForm(t.app, '/log-ind', await anonymousForm(t.app), {
        email: 'sagsbehandler@norddjurs.dk',
        password,
      });
    for (let i = 1; i <= 4; i++) {
      const res = await attempt('forkert forkert forkert');
      expect(res.statusCode).toBe(401);
      if (i >= 3) expect(res.body).toContain(`Efter ${5 - i} forsøg mere spærres kontoen i 15 minutter.`);
    }
    const fifth = await attempt('forkert forkert forkert');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.body).toContain('Kontoen er midlertidigt spærret');
    expect(fifth.body).toContain('prøv igen efter kl. 13.15');

    minutesLater(14);
    const duringLock = await attempt(TEST_PASSWORD);
    expect(duringLock.statusCode).toBe(429);
    expect(duringLock.cookies.find((c) => c.name === 'sd_session')).toBeUndefined();

    minutesLater(1);
    const afterLock = await attempt(TEST_PASSWORD);
    expect(afterLock.statusCode).toBe(303);
  });

  it('logs out with a form post: the session ends and the cookie is cleared', async () => {
    const browser = await logIn(t.app, 'sagsbehandler@norddjurs.dk');
    const page = await t.app.inject({
      method: 'GET',
      url: '/log-ud',
      headers: { cookie: cookieHeader(browser.cookies) },
    });
    expect(page.body).toContain('Du er logget ind som Sara Sagsbehandler');
    const res = await submitForm(t.app, '/log-ud', browser, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/log-ind?logget-ud=1');
    expect(setCookies(res).sd_session).toBe('');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: cookieHeader(browser.cookies) },
    });
    expect(me.statusCode).toBe(401);
    expect(await t.database.db.selectFrom('session').selectAll().execute()).toEqual([]);
  });

  it('ends a session after two idle hours', async () => {
    const browser = await logIn(t.app, 'sagsbehandler@norddjurs.dk');
    minutesLater(119);
    const headers = { cookie: cookieHeader(browser.cookies) };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
    minutesLater(119);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
    minutesLater(121);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(401);
  });

  it('sends a visitor on a protected page to the login page with the way back', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/brugere?kommune=707',
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/log-ind?naeste=%2Fbrugere%3Fkommune%3D707');
  });

  it('shows the logged-in user in the header of every page', async () => {
    const browser = await logIn(t.app, 'sagsbehandler@norddjurs.dk');
    const res = await t.app.inject({
      method: 'GET',
      url: '/log-ind',
      headers: { cookie: cookieHeader(browser.cookies) },
    });
    expect(res.body).toContain('Logget ind som <strong>Sara Sagsbehandler</strong>');
    expect(res.body).not.toContain('href="/brugere"');
  });
});
