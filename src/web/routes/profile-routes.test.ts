/**
 * Findings #3 and #4 of the hardening issue: feeds and tokens are revoked and renewed by their
 * owner while the server runs, and an administrator's deactivation ends a user's sessions,
 * tokens, feeds and password links at once — on pages and through the API.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  anonymousForm,
  type Browserish,
  cookieHeader,
  createTestUser,
  ensureMunicipality,
  logIn,
  submitForm,
} from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

const feedPath = (html: string) =>
  /http:\/\/localhost(\/kalender\/[A-Za-z0-9_-]+\.ics)/.exec(html)?.[1] ?? '';
const tokenIn = (html: string) => /<code>(sd_[A-Za-z0-9_-]+)<\/code>/.exec(html)?.[1] ?? '';

describe('Mine adgange and deactivation', () => {
  let t: TestApp;
  let sara: Browserish;
  let saraId: string;
  let admin: Browserish;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await ensureMunicipality(t.database.db, '707', 'Norddjurs Kommune');
    saraId = (await createTestUser(t.database.db, { email: 'sara@norddjurs.dk', role: 'caseOfficer' })).id;
    await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin', name: 'Ada Admin' });
    sara = await logIn(t.app, 'sara@norddjurs.dk');
    admin = await logIn(t.app, 'admin@norddjurs.dk');
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...headers } });
  const asSara = (url: string) => get(url, { cookie: cookieHeader(sara.cookies) });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('switches the daily reminders off and on again for the user only; the choice is stored and audited', async () => {
    const page = await asSara('/min-profil');
    expect(page.body).toContain('Påmindelser');
    expect(page.body).toContain('Slå påmindelser fra');
    const off = await submitForm(t.app, '/min-profil/paamindelser', sara, { enabled: 'false' });
    expect(off.statusCode).toBe(303);
    const after = await asSara(off.headers.location as string);
    expect(after.body).toContain('Påmindelserne er slået fra');
    expect(after.body).toContain('Slå påmindelser til');
    const stored = async (id: string) =>
      (
        await t.database.db
          .selectFrom('app_user')
          .select('reminders_enabled')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).reminders_enabled;
    expect(await stored(saraId)).toBe(false);
    // The administrator's own choice is untouched.
    const adminId = (
      await t.database.db
        .selectFrom('app_user')
        .select('id')
        .where('email', '=', 'admin@norddjurs.dk')
        .executeTakeFirstOrThrow()
    ).id;
    expect(await stored(adminId)).toBe(true);
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'user.reminders')
      .execute();
    expect(audit.map((a) => a.entity_id)).toEqual([saraId]);

    const on = await submitForm(t.app, '/min-profil/paamindelser', sara, { enabled: 'true' });
    expect(on.statusCode).toBe(303);
    expect((await asSara(on.headers.location as string)).body).toContain('Påmindelserne er slået til');
    expect(await stored(saraId)).toBe(true);
  });

  it('refuses switching reminders without a login or without the CSRF token', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/min-profil/paamindelser',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: 'enabled=false',
    });
    expect([302, 303, 401, 403]).toContain(anonymous.statusCode);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/min-profil/paamindelser',
      headers: { cookie: cookieHeader(sara.cookies), 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'enabled=false',
    });
    expect(noCsrf.statusCode).toBe(403);
    const stored = await t.database.db
      .selectFrom('app_user')
      .select('reminders_enabled')
      .where('id', '=', saraId)
      .executeTakeFirstOrThrow();
    expect(stored.reminders_enabled).toBe(true);
  });

  it('renews the calendar feed: the old address dies at once, and closing it kills the new one', async () => {
    const first = await submitForm(t.app, '/min-profil/kalender', sara, {});
    expect(first.statusCode).toBe(201);
    const oldFeed = feedPath(first.body);
    expect((await get(oldFeed)).statusCode).toBe(200);

    const renewed = await submitForm(t.app, '/min-profil/kalender', sara, {});
    const newFeed = feedPath(renewed.body);
    expect(newFeed).not.toBe(oldFeed);
    expect((await get(oldFeed)).statusCode).toBe(404);
    expect((await get(newFeed)).statusCode).toBe(200);

    const page = await asSara('/min-profil');
    expect(page.body).toContain('Luk kalenderadressen');
    expect(page.body).not.toContain(newFeed.slice(10, 40));
    const closed = await submitForm(t.app, '/min-profil/kalender/luk', sara, {});
    expect(closed.statusCode).toBe(303);
    expect((await get(newFeed)).statusCode).toBe(404);
    expect((await asSara(closed.headers.location as string)).body).toContain('Kalenderadressen er lukket');
  });

  it('lets a user create and revoke their own API token on the page; the token stops working at once', async () => {
    const created = await submitForm(t.app, '/min-profil/noegler', sara, {
      label: 'Regneark',
      expires: '30d',
    });
    expect(created.statusCode).toBe(201);
    const token = tokenIn(created.body);
    expect(token).toMatch(/^sd_/);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).statusCode,
    ).toBe(200);
    const page = await asSara('/min-profil');
    expect(page.body).toContain('Regneark');
    expect(page.body).not.toContain(token);
    const id = /\/min-profil\/noegler\/(\d+)\/tilbagekald/.exec(page.body)?.[1];
    const revoked = await submitForm(t.app, `/min-profil/noegler/${id}/tilbagekald`, sara, {});
    expect(revoked.statusCode).toBe(303);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).statusCode,
    ).toBe(401);
  });

  it('refuses a token without a purpose next to the field', async () => {
    const res = await submitForm(t.app, '/min-profil/noegler', sara, { label: ' ', expires: '30d' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Skriv hvad nøglen bruges til');
  });

  it('manages own tokens and the feed through the API; someone else’s token is not found', async () => {
    const made = await submitForm(t.app, '/min-profil/noegler', sara, { label: 'Integration' });
    const token = tokenIn(made.body);
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/me/credentials', headers: bearer(token) });
    expect(mine.statusCode).toBe(200);
    const body = mine.json() as { apiTokens: { id: number; label: string }[] };
    expect(body.apiTokens.map((x) => x.label)).toEqual(['Integration']);
    expect(mine.body).not.toContain(token);

    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      headers: bearer(token),
      payload: { label: 'Anden' },
    });
    expect(second.statusCode).toBe(201);
    const secondId = (second.json() as { id: number }).id;

    const adminToken = tokenIn(
      (await submitForm(t.app, '/min-profil/noegler', admin, { label: 'Admin' })).body,
    );
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/api-tokens/${secondId}`,
      headers: bearer(adminToken),
    });
    expect(foreign.statusCode).toBe(404);

    const own = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/api-tokens/${body.apiTokens[0]?.id}`,
      headers: bearer(token),
    });
    expect(own.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).statusCode,
    ).toBe(401);

    const feed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/municipalities/707/calendar-feeds',
      headers: bearer(adminToken),
    });
    const url = new URL((feed.json() as { url: string }).url).pathname;
    expect((await get(url)).statusCode).toBe(200);
    const closed = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/municipalities/707/calendar-feeds',
      headers: bearer(adminToken),
    });
    expect(closed.json()).toEqual({ revoked: 1 });
    expect((await get(url)).statusCode).toBe(404);
  });

  it('an administrator revokes a user’s token on the user page', async () => {
    const token = tokenIn((await submitForm(t.app, '/min-profil/noegler', sara, { label: 'Skript' })).body);
    const page = await get(`/brugere/${saraId}?kommune=707`, { cookie: cookieHeader(admin.cookies) });
    const action = /action="(\/brugere\/[^"]+\/noegler\/\d+\/tilbagekald\?kommune=707)"/.exec(page.body)?.[1];
    expect(action).toBeDefined();
    const res = await submitForm(t.app, (action ?? '').replaceAll('&amp;', '&'), admin, {});
    expect(res.statusCode).toBe(303);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).statusCode,
    ).toBe(401);
  });

  it('deactivation ends sessions, tokens, feeds and password links at once (page)', async () => {
    const token = tokenIn((await submitForm(t.app, '/min-profil/noegler', sara, { label: 'Skript' })).body);
    const feed = feedPath((await submitForm(t.app, '/min-profil/kalender', sara, {})).body);
    await submitForm(t.app, '/glemt-adgangskode', sara, { email: 'sara@norddjurs.dk' });
    const mail = await t.database.db
      .selectFrom('outbox')
      .select('body')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const link = /nulstil-adgangskode\?token=[A-Za-z0-9_-]+/.exec(mail.body)?.[0] ?? '';

    const res = await submitForm(t.app, `/brugere/${saraId}/deaktiver?kommune=707`, admin, {});
    expect(res.statusCode).toBe(303);
    const after = await get(res.headers.location as string, { cookie: cookieHeader(admin.cookies) });
    expect(after.body).toContain('Brugeren er deaktiveret');

    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: { cookie: cookieHeader(sara.cookies) },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).statusCode,
    ).toBe(401);
    expect((await get(feed)).statusCode).toBe(404);
    const reset = await submitForm(t.app, '/nulstil-adgangskode', await anonymousForm(t.app), {
      token: new URL(`http://x/${link}`).searchParams.get('token') ?? '',
      password: 'en helt ny og lang adgangskode',
      passwordRepeat: 'en helt ny og lang adgangskode',
    });
    expect(reset.statusCode).toBe(422);
    await expect(logIn(t.app, 'sara@norddjurs.dk')).rejects.toThrow(/401/);
    const rows = await t.database.db
      .selectFrom('api_token')
      .select('revoked_at')
      .where('user_id', '=', saraId)
      .execute();
    expect(rows.every((r) => r.revoked_at !== null)).toBe(true);
  });

  it('deactivation through the API, and an administrator cannot deactivate themself', async () => {
    const adminToken = tokenIn(
      (await submitForm(t.app, '/min-profil/noegler', admin, { label: 'Drift' })).body,
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/municipalities/707/users/${saraId}/deactivation`,
      headers: bearer(adminToken),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ userId: saraId, sessionsEnded: 1 });
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: { cookie: cookieHeader(sara.cookies) },
        })
      ).statusCode,
    ).toBe(401);

    const me = (
      await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(adminToken) })
    ).json() as {
      user: { id: string };
    };
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/v1/municipalities/707/users/${me.user.id}/deactivation`,
      headers: bearer(adminToken),
    });
    expect(self.statusCode).toBe(422);
  });
});
