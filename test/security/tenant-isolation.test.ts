/**
 * Tenant isolation with real credentials: an organisation user sees only its own organisation,
 * and a user of municipality 707 sees nothing of another municipality. Anything outside reach
 * answers 404, exactly as for an object that does not exist (no existence leak).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/auth/create-api-token.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { cookieHeader, createTestUser, ensureOrganisation, logIn, systemContext } from '../support/auth.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('tenant isolation', () => {
  let t: TestApp;
  let orgToken: string;
  let officerToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoInto(t.database);
    // An organisation kept by another municipality (Syddjurs, 706, exists in the demo).
    await ensureOrganisation(t.database.db, '706', 'org-syddjurs-bolig', '12345674');
    await createTestUser(t.database.db, {
      email: 'bestyrelse@djurslandsbo.dk',
      role: 'organisation',
      organisationId: 'org-djurslandsbo',
    });
    await createTestUser(t.database.db, { email: 'sagsbehandler@norddjurs.dk', role: 'caseOfficer' });
    const ctx = systemContext(t.database.db);
    orgToken = (await runUseCase(createApiToken, ctx, { userEmail: 'bestyrelse@djurslandsbo.dk' })).token;
    officerToken = (await runUseCase(createApiToken, ctx, { userEmail: 'sagsbehandler@norddjurs.dk' })).token;
  });
  afterAll(async () => {
    await t.close();
  });

  const api = (token: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const comparable = (body: { detail?: string; title?: string; status?: number; code?: string }) => ({
    status: body.status,
    code: body.code,
    title: body.title,
    detail: body.detail,
  });

  it('lets an organisation user read its own organisation by id', async () => {
    const res = await api(orgToken, '/api/v1/municipalities/707/organisations/org-djurslandsbo');
    expect(res.statusCode).toBe(200);
    expect(res.json().organisation.id).toBe('org-djurslandsbo');
  });

  it("answers 404 to an organisation user asking for another organisation's object by id", async () => {
    const other = await api(orgToken, '/api/v1/municipalities/707/organisations/org-nordlyset');
    expect(other.statusCode).toBe(404);
    const missing = await api(orgToken, '/api/v1/municipalities/707/organisations/org-findes-ikke');
    expect(missing.statusCode).toBe(404);
    expect(comparable(other.json())).toEqual(comparable(missing.json()));
    // The list shows only the user's own organisation.
    const list = await api(orgToken, '/api/v1/municipalities/707/organisations');
    expect(list.json().organisations.map((o: { id: string }) => o.id)).toEqual(['org-djurslandsbo']);
  });

  it("answers 404 to an organisation user on another organisation's page, with a session", async () => {
    const browser = await logIn(t.app, 'bestyrelse@djurslandsbo.dk');
    const headers = { cookie: cookieHeader(browser.cookies), accept: 'text/html' };
    const own = await t.app.inject({ method: 'GET', url: '/boligorganisationer/org-djurslandsbo', headers });
    expect(own.statusCode).toBe(200);
    const other = await t.app.inject({ method: 'GET', url: '/boligorganisationer/org-nordlyset', headers });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Nordlyset');
  });

  it('answers 404 to a user of 707 for objects of another municipality, whichever way they are asked for', async () => {
    const direct = await api(officerToken, '/api/v1/municipalities/706/organisations/org-syddjurs-bolig');
    expect(direct.statusCode).toBe(404);
    const viaOwn = await api(officerToken, '/api/v1/municipalities/707/organisations/org-syddjurs-bolig');
    expect(viaOwn.statusCode).toBe(404);
    const missing = await api(officerToken, '/api/v1/municipalities/707/organisations/org-findes-ikke');
    expect(comparable(direct.json())).toEqual(comparable(missing.json()));
    expect((await api(officerToken, '/api/v1/municipalities/706/organisations')).statusCode).toBe(404);
    expect((await api(officerToken, '/api/v1/municipalities/706/people')).statusCode).toBe(404);
    expect(JSON.stringify(direct.json())).not.toContain('Boligorganisation org-syddjurs-bolig');
  });

  it('still lets the 707 user read its own organisations (the test can fail)', async () => {
    const res = await api(officerToken, '/api/v1/municipalities/707/organisations/org-nordlyset');
    expect(res.statusCode).toBe(200);
  });

  it("answers 404 to a 707 admin for another municipality's users and audit log", async () => {
    await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin' });
    await createTestUser(t.database.db, { email: 'admin@syddjurs.dk', role: 'admin', municipality: '706' });
    const admin = (
      await runUseCase(createApiToken, systemContext(t.database.db), { userEmail: 'admin@norddjurs.dk' })
    ).token;
    expect((await api(admin, '/api/v1/municipalities/706/users')).statusCode).toBe(404);
    expect((await api(admin, '/api/v1/municipalities/706/audit-entries')).statusCode).toBe(404);
    const own = await api(admin, '/api/v1/municipalities/707/users');
    expect(own.json().users.map((u: { email: string }) => u.email)).not.toContain('admin@syddjurs.dk');
    const browser = await logIn(t.app, 'admin@norddjurs.dk');
    const syddjursAdmin = await t.database.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'admin@syddjurs.dk')
      .executeTakeFirstOrThrow();
    const page = await t.app.inject({
      method: 'GET',
      url: `/brugere/${syddjursAdmin.id}`,
      headers: { cookie: cookieHeader(browser.cookies), accept: 'text/html' },
    });
    expect(page.statusCode).toBe(404);
    expect(page.body).not.toContain('admin@syddjurs.dk');
  });
});
