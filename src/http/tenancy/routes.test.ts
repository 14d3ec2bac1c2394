import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  anonymousForm,
  createTestUser,
  submitForm,
  systemContext,
  TEST_PASSWORD,
} from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createApiToken } from '../../app/auth/create-api-token.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { addNationalAdmin } from '../../app/tenancy/add-national-admin.ts';

describe('the national administrator API (issue 17)', () => {
  let t: TestApp;
  let national: string;
  let admin707: string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    const ctx = systemContext(t.database.db);
    await runUseCase(addNationalAdmin, ctx, {
      email: 'drift@styringsdialog.dk',
      name: 'Drift',
      password: TEST_PASSWORD,
    });
    national = (
      await runUseCase(createApiToken, ctx, { userEmail: 'drift@styringsdialog.dk', expires: '30d' })
    ).token;
    await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin' });
    admin707 = (await runUseCase(createApiToken, ctx, { userEmail: 'admin@norddjurs.dk', expires: '30d' }))
      .token;
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string | null, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });

  it('creates a municipality from the official list; the same code twice is 409', async () => {
    const created = await call('POST', '/api/v1/municipalities', national, {
      code: '751',
      name: 'Aarhus Kommune',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: '751', name: 'Aarhus Kommune', suspension: null });
    const again = await call('POST', '/api/v1/municipalities', national, { code: '751' });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().detail).toContain('allerede oprettet');
    const listed = await call('GET', '/api/v1/installation', national);
    expect(listed.json().municipalities.map((m: { code: string }) => m.code)).toContain('751');
  });

  it('refuses a code that is not among the 98 with the reason in Danish', async () => {
    const res = await call('POST', '/api/v1/municipalities', national, { code: '411' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('ikke en af de 98 danske kommuners koder');
    const rows = await t.database.db
      .selectFrom('municipality')
      .select('code')
      .where('code', '=', '411')
      .execute();
    expect(rows).toEqual([]);
  });

  it('lets only the national administrator create, and shows it no municipality content', async () => {
    expect((await call('POST', '/api/v1/municipalities', admin707, { code: '751' })).statusCode).toBe(404);
    expect((await call('POST', '/api/v1/municipalities', null, { code: '751' })).statusCode).toBe(401);
    for (const url of [
      '/api/v1/municipalities/707/organisations',
      '/api/v1/municipalities/707/people',
      '/api/v1/municipalities/707/users',
      '/api/v1/municipalities/707/meetings',
    ]) {
      expect((await call('GET', url, national)).statusCode, url).toBe(404);
    }
  });

  it('hands the municipality to its first admin; a suspension locks its users out until lifted', async () => {
    await call('POST', '/api/v1/municipalities', national, { code: '751', name: 'Aarhus Kommune' });
    const granted = await call('POST', '/api/v1/municipalities/751/first-admin', national, {
      email: 'admin@aarhus.dk',
      name: 'Aase Admin',
      password: TEST_PASSWORD,
    });
    expect(granted.statusCode).toBe(201);
    const token = (
      await runUseCase(createApiToken, systemContext(t.database.db), {
        userEmail: 'admin@aarhus.dk',
        expires: '30d',
      })
    ).token;
    expect((await call('GET', '/api/v1/municipalities/751/organisations', token)).statusCode).toBe(200);
    // Another municipality's admin never reaches 751.
    expect((await call('GET', '/api/v1/municipalities/751/organisations', admin707)).statusCode).toBe(404);

    const login = async () =>
      submitForm(t.app, '/log-ind', await anonymousForm(t.app), {
        email: 'admin@aarhus.dk',
        password: TEST_PASSWORD,
      });
    expect((await login()).statusCode).toBe(303);

    const suspended = await call('PUT', '/api/v1/municipalities/751/suspension', national, {
      suspended: true,
      reason: 'Kontrakt udløbet',
    });
    expect(suspended.statusCode).toBe(200);
    expect(suspended.json().suspension.reason).toBe('Kontrakt udløbet');
    expect((await call('GET', '/api/v1/municipalities/751/organisations', token)).statusCode).toBe(404);
    const refused = await login();
    expect(refused.statusCode).not.toBe(303);
    expect(refused.body).toContain('suspenderet');
    // Norddjurs is untouched by 751's suspension.
    expect((await call('GET', '/api/v1/municipalities/707/organisations', admin707)).statusCode).toBe(200);

    // The public pages of a suspended municipality say that it is closed.
    const publicPage = await t.app.inject({
      method: 'GET',
      url: '/redegoerelser/751',
      headers: { accept: 'text/html' },
    });
    const publicApi = await call('GET', '/api/v1/municipalities/751/accounts', null);
    expect([publicPage.body, JSON.stringify(publicApi.json())].join(' ')).toContain('midlertidigt lukket');

    await call('PUT', '/api/v1/municipalities/751/suspension', national, { suspended: false });
    expect((await call('GET', '/api/v1/municipalities/751/organisations', token)).statusCode).toBe(200);
    expect((await login()).statusCode).toBe(303);
  });
});
