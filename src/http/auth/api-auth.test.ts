import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cookieHeader, createTestUser, logIn, systemContext } from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createApiToken } from '../../app/auth/create-api-token.ts';
import { revokeApiToken } from '../../app/auth/revoke-api-token.ts';
import { runUseCase } from '../../app/run-use-case.ts';

describe('API authentication', () => {
  let t: TestApp;
  let now = new Date('2026-11-22T12:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({ clock: () => now });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    now = new Date('2026-11-22T12:00:00Z');
    await resetDatabase(t.database.db);
    await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin', name: 'Ada Admin' });
  });

  const token = async (expires = '90d') =>
    runUseCase(createApiToken, systemContext(t.database.db, now), {
      userEmail: 'admin@norddjurs.dk',
      expires,
    });
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers });

  it('answers an unauthenticated call of a protected endpoint with 401 problem+json', async () => {
    for (const url of [
      '/api/v1/me',
      '/api/v1/municipalities/707/organisations',
      '/api/v1/municipalities/707/users',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['www-authenticate']).toBe('Bearer realm="styringsdialog"');
      expect(res.json()).toMatchObject({ status: 401, code: 'unauthenticated', title: 'Log ind' });
    }
  });

  it('leaves the public endpoints open', async () => {
    expect((await get('/healthz')).statusCode).toBe(200);
    expect((await get('/api/v1/municipalities')).statusCode).toBe(200);
  });

  it('accepts a bearer token and acts with the roles of its user', async () => {
    const { token: secret } = await token();
    const me = await get('/api/v1/me', { authorization: `Bearer ${secret}` });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: 'admin@norddjurs.dk' });
    const users = await get('/api/v1/municipalities/707/users', { authorization: `Bearer ${secret}` });
    expect(users.statusCode).toBe(200);
    expect(users.json().users.map((u: { email: string }) => u.email)).toEqual(['admin@norddjurs.dk']);
    const row = await t.database.db.selectFrom('api_token').selectAll().executeTakeFirstOrThrow();
    expect(row.last_used_at).toEqual(now);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret.slice(3));
  });

  it('answers 401 for a revoked token, at once', async () => {
    const created = await token();
    const headers = { authorization: `Bearer ${created.token}` };
    expect((await get('/api/v1/me', headers)).statusCode).toBe(200);
    await runUseCase(revokeApiToken, systemContext(t.database.db, now), { id: created.id });
    const res = await get('/api/v1/me', headers);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'unauthenticated',
      detail: 'Adgangsnøglen er ukendt, udløbet eller tilbagekaldt.',
    });
    // A bad token is refused even on a public endpoint, so a broken integration fails loudly.
    expect((await get('/api/v1/municipalities', headers)).statusCode).toBe(401);
  });

  it('answers 401 for an expired token, an unknown token and a non-bearer header', async () => {
    const created = await token('1h');
    now = new Date(now.getTime() + 60 * 60_000);
    for (const authorization of [`Bearer ${created.token}`, 'Bearer sd_nonsense', 'Basic YWRtaW46YWRtaW4=']) {
      expect((await get('/api/v1/me', { authorization })).statusCode, authorization).toBe(401);
    }
  });

  it('follows role changes at the next request (grants are read per request)', async () => {
    const { token: secret } = await token();
    await t.database.db.deleteFrom('user_grant').execute();
    expect(
      (await get('/api/v1/municipalities/707/users', { authorization: `Bearer ${secret}` })).statusCode,
    ).toBe(404);
  });

  it('requires the CSRF header for API writes that rely on the session cookie, not for bearer tokens', async () => {
    const browser = await logIn(t.app, 'admin@norddjurs.dk');
    const body = { email: 'ny@norddjurs.dk', name: 'Ny Bruger', role: 'caseOfficer' };
    const url = '/api/v1/municipalities/707/users';
    const withCookie = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url,
        payload: body,
        headers: { cookie: cookieHeader(browser.cookies), ...headers },
      });
    const refused = await withCookie({});
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'forbidden' });
    const accepted = await withCookie({ 'x-csrf-token': browser.csrfToken });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({ user: { email: 'ny@norddjurs.dk' }, invited: true });

    const { token: secret } = await token();
    const bearer = await t.app.inject({
      method: 'POST',
      url,
      payload: { ...body, email: 'ny2@norddjurs.dk' },
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(bearer.statusCode).toBe(201);
  });

  it('never lets a password travel through the user API: new users are invited by mail', async () => {
    const { token: secret } = await token();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/municipalities/707/users',
      payload: {
        email: 'x@norddjurs.dk',
        name: 'X',
        role: 'official',
        password: 'korrekt hest batteri hæfte',
      },
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(res.statusCode).toBe(201);
    const user = await t.database.db
      .selectFrom('app_user')
      .selectAll()
      .where('email', '=', 'x@norddjurs.dk')
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toBeNull();
    const mail = await t.database.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(mail).toMatchObject({
      to_address: 'x@norddjurs.dk',
      subject: 'Du er oprettet som bruger i Styringsdialog',
    });
    expect(mail.body).toMatch(/http:\/\/localhost\/nulstil-adgangskode\?token=[A-Za-z0-9_-]{43}/);
  });
});
