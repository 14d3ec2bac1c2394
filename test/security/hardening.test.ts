/**
 * Hardening that is easy to lose by accident: no stack traces or SQL in answers, a strict CSP
 * without inline code, and an audit log that no route can change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/auth/create-api-token.ts';
import type { UnitOfWork } from '../../src/app/ports.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import type { HttpDeps } from '../../src/http/request-context.ts';
import { buildHttpServer } from '../../src/http/server.ts';
import { registeredApiRoutes } from '../../src/http/use-case-route.ts';
import { registeredPageRoutes } from '../../src/web/page-route.ts';
import { webModule } from '../../src/web/register-web.ts';
import { userWith } from '../support/actors.ts';
import { cookieHeader, createTestUser, logIn, submitForm, systemContext } from '../support/auth.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const LEAKS = [/SELECT|INSERT|UPDATE|relation "/i, /\n\s+at /, /\.ts:\d+/, /node_modules/, /secret_column/];

describe('no stack traces or SQL in responses', () => {
  it('answers a database failure with a generic 500 and an error id, as JSON and as HTML', async () => {
    const failing: UnitOfWork = {
      read: async () => {
        const err = new Error('relation "secret_column" does not exist: SELECT secret_column FROM app_user');
        throw err;
      },
      write: async () => {
        throw new Error('INSERT INTO audit_entry failed');
      },
    };
    const deps: HttpDeps = {
      unitOfWork: () => failing,
      now: () => new Date('2026-11-22T12:00:00Z'),
      resolveActor: async () => userWith('caseOfficer'),
      publicUrl: 'http://localhost',
      bodyLimitBytes: 1_048_576,
      logLevel: 'silent',
    };
    const app = await buildHttpServer(deps, webModule);
    try {
      const json = await app.inject({ method: 'GET', url: '/api/v1/municipalities/707/organisations' });
      expect(json.statusCode).toBe(500);
      expect(json.json()).toMatchObject({ code: 'internal', title: 'Der opstod en fejl' });
      expect(json.json().detail).toContain(json.headers['x-request-id']);
      const html = await app.inject({
        method: 'GET',
        url: '/boligorganisationer',
        headers: { accept: 'text/html' },
      });
      expect(html.statusCode).toBe(500);
      expect(html.body).toContain('Der opstod en fejl');
      for (const body of [json.body, html.body]) for (const leak of LEAKS) expect(body).not.toMatch(leak);
    } finally {
      await app.close();
    }
  });

  it('answers malformed input without parser internals', async () => {
    const t = await startTestApp();
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/municipalities/707/users',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sd_x' },
        payload: '{"email": ',
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
    } finally {
      await t.close();
    }
  });
});

describe('pages keep the strict CSP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends a CSP without unsafe-inline and renders no inline scripts, handlers or style attributes', async () => {
    const browser = await logIn(t.app, 'admin@norddjurs.dk');
    const headers = { cookie: cookieHeader(browser.cookies) };
    const users = await t.database.db.selectFrom('app_user').select('id').executeTakeFirstOrThrow();
    for (const url of [
      '/log-ind',
      '/glemt-adgangskode',
      '/nulstil-adgangskode?token=x',
      '/log-ud',
      '/brugere',
      `/brugere/${users.id}`,
      '/revision',
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: url === '/log-ind' ? {} : headers });
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.body, url).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(res.body, url).not.toMatch(/\son[a-z]+=/i);
      expect(res.body, url).not.toMatch(/\sstyle=/i);
    }
  });
});

describe('the audit log cannot be changed through any route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('registers no route that changes the audit log', () => {
    const routes = [...registeredApiRoutes, ...registeredPageRoutes];
    const auditRoutes = routes.filter((r) => /audit|revision/i.test(r.url));
    expect(auditRoutes.length).toBeGreaterThan(0);
    expect(auditRoutes.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('refuses every attempt to change or delete entries, and the entries stay as they were', async () => {
    const { token, id } = await runUseCase(createApiToken, systemContext(t.database.db), {
      userEmail: 'admin@norddjurs.dk',
    });
    const before = await t.database.db.selectFrom('audit_entry').selectAll().orderBy('id').execute();
    expect(before.length).toBeGreaterThan(0);
    const entryId = before[0]?.id;
    const browser = await logIn(t.app, 'admin@norddjurs.dk');
    const afterLogin = await t.database.db.selectFrom('audit_entry').selectAll().orderBy('id').execute();
    const targets = [
      '/api/v1/municipalities/707/audit-entries',
      `/api/v1/municipalities/707/audit-entries/${entryId}`,
      '/api/v1/audit-entries',
      '/revision',
      `/revision/${entryId}`,
      '/revision/eksport.csv',
    ];
    for (const url of targets) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        const viaToken = await t.app.inject({
          method,
          url,
          headers: { authorization: `Bearer ${token}` },
          payload: { action: 'forged', after: null },
        });
        expect([404, 405], `${method} ${url} (token)`).toContain(viaToken.statusCode);
        const viaSession =
          method === 'POST'
            ? await submitForm(t.app, url, browser, { action: 'forged' })
            : await t.app.inject({
                method,
                url,
                headers: { cookie: cookieHeader(browser.cookies), 'x-csrf-token': browser.csrfToken },
              });
        expect([404, 405], `${method} ${url} (session)`).toContain(viaSession.statusCode);
      }
    }
    const after = await t.database.db.selectFrom('audit_entry').selectAll().orderBy('id').execute();
    expect(after).toEqual(afterLogin);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.some((e) => e.action === 'forged')).toBe(false);
    expect(id).toBeGreaterThan(0);
  });
});
