import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browserish, cookieHeader, createTestUser, logIn } from '../../../test/support/auth.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

describe('Revisionslog', () => {
  let t: TestApp;
  let admin: Browserish;

  beforeAll(async () => {
    t = await startTestApp();
    await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin', name: 'Ada Admin' });
    await createTestUser(t.database.db, { email: 'sara@norddjurs.dk', role: 'caseOfficer', name: 'Sara' });
    await createTestUser(t.database.db, { email: 'syd@syddjurs.dk', role: 'admin', municipality: '706' });
    admin = await logIn(t.app, 'admin@norddjurs.dk');
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (url: string) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: cookieHeader(admin.cookies), accept: 'text/html' },
    });

  it('shows who did what, newest first, with the name behind the actor and the change', async () => {
    const res = await get('/revision');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Revisionslog</h1>');
    expect(res.body).toContain('Logget ind');
    // The login is made by the person who logged in (not by the anonymous request).
    expect(res.body).toMatch(/<td>Ada Admin &lt;admin@norddjurs.dk><\/td><td>Logget ind<\/td>/);
    expect(res.body).toContain('Bruger Sara &lt;sara@norddjurs.dk>');
    expect(res.body).not.toContain('syd@syddjurs.dk');
    expect(res.body.indexOf('Logget ind')).toBeLessThan(res.body.indexOf('Oprettet'));
  });

  it('filters by action and actor, and explains a bad date next to the field', async () => {
    const login = await get('/revision?handling=login');
    expect(login.body).toContain('Logget ind');
    expect(login.body).not.toContain('>Oprettet<');
    const nobody = await get('/revision?aktoer=ingen-saadan');
    expect(nobody.body).toContain('Ingen poster i revisionsloggen matcher filteret.');
    const bad = await get('/revision?fra=31-02-2026');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="field-fra-error"');
    expect(bad.body).toContain('value="31-02-2026"');
    expect(bad.body).toContain('februar 2026 har 28 dage');
    // dd-mm-åååå is a date like any other (the form field may post either form).
    expect((await get('/revision?fra=22-11-2026')).statusCode).toBe(200);
  });

  it('exports the same selection as CSV for aktindsigt', async () => {
    const res = await get('/revision/eksport.csv?kommune=707&handling=create');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="revisionslog-707-2026-11-22.csv"');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id;tidspunkt;kommune;aktør/);
    expect(lines.slice(1).every((l) => l.includes(';create;user;'))).toBe(true);
    expect(lines).toHaveLength(3);
  });

  it('answers 404 for another municipality and for non-admins', async () => {
    expect((await get('/revision?kommune=706')).statusCode).toBe(404);
    const sara = await logIn(t.app, 'sara@norddjurs.dk');
    const res = await t.app.inject({
      method: 'GET',
      url: '/revision',
      headers: { cookie: cookieHeader(sara.cookies), accept: 'text/html' },
    });
    expect(res.statusCode).toBe(404);
  });
});
