import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type Browserish,
  cookieHeader,
  createTestUser,
  ensureMunicipality,
  ensureOrganisation,
  logIn,
  submitForm,
} from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

describe('Brugere (admin pages)', () => {
  let t: TestApp;
  let admin: Browserish;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await ensureMunicipality(t.database.db, '707', 'Norddjurs Kommune');
    await ensureOrganisation(t.database.db, '707', 'org-djurslandsbo', '34183058');
    adminId = (
      await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin', name: 'Ada Admin' })
    ).id;
    admin = await logIn(t.app, 'admin@norddjurs.dk');
  });

  const get = (url: string, browser = admin) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: cookieHeader(browser.cookies), accept: 'text/html' },
    });

  it('lists the users of the municipality and offers a create form that works without JavaScript', async () => {
    const res = await get('/brugere');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Brugere</h1>');
    expect(res.body).toContain('admin@norddjurs.dk');
    expect(res.body).toContain('Administrator');
    expect(res.body).toMatch(/<form method="post" action="\/brugere\?kommune=707"[^>]*>/);
    expect(res.body).toContain('name="_csrf"');
    expect(res.body).toContain('<option value="org-djurslandsbo">');
  });

  it('creates a user, invites them through the outbox and shows the result', async () => {
    const res = await submitForm(t.app, '/brugere?kommune=707', admin, {
      name: 'Bent Bestyrelse',
      email: 'bent@djurslandsbo.dk',
      role: 'organisation',
      organisationId: 'org-djurslandsbo',
      unit: '',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/brugere\/user-[0-9a-f-]+\?kommune=707&oprettet=1$/);
    const page = await get(String(res.headers.location));
    expect(page.body).toContain('Brugeren er oprettet');
    expect(page.body).toContain('Boligorganisation – Boligorganisation org-djurslandsbo');
    const mail = await t.database.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(mail.to_address).toBe('bent@djurslandsbo.dk');
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'create')
      .where('actor', 'like', 'user:%')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ municipality: '707', actor: `user:${adminId}`, entity: 'user' });
  });

  it('shows field errors next to the fields and keeps what was typed', async () => {
    const res = await submitForm(t.app, '/brugere?kommune=707', admin, {
      name: '',
      email: 'ikke-en-adresse',
      role: 'organisation',
      organisationId: '',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('id="field-name-error"');
    expect(res.body).toContain('Skriv en gyldig e-mailadresse');
    expect(res.body).toContain('value="ikke-en-adresse"');
    expect(await t.database.db.selectFrom('app_user').select('email').execute()).toHaveLength(1);

    const org = await submitForm(t.app, '/brugere?kommune=707', admin, {
      name: 'Bo',
      email: 'bo@x.dk',
      role: 'organisation',
      organisationId: '',
    });
    expect(org.statusCode).toBe(422);
    expect(org.body).toContain('id="field-organisationId-error"');
    const dup = await submitForm(t.app, '/brugere?kommune=707', admin, {
      name: 'Igen',
      email: 'admin@norddjurs.dk',
      role: 'caseOfficer',
    });
    expect(dup.body).toContain('Der findes allerede en bruger med denne e-mailadresse');
  });

  it('grants and revokes roles; the change is effective at the next request', async () => {
    const user = await createTestUser(t.database.db, {
      email: 'pia@norddjurs.dk',
      role: 'councilMember',
      name: 'Pia Politiker',
    });
    const pia = await logIn(t.app, 'pia@norddjurs.dk');
    expect((await get('/brugere', pia)).statusCode).toBe(404);

    const granted = await submitForm(t.app, `/brugere/${user.id}/roller?kommune=707`, admin, {
      role: 'admin',
    });
    expect(granted.statusCode).toBe(303);
    expect((await get('/brugere', pia)).statusCode).toBe(200);

    const again = await submitForm(t.app, `/brugere/${user.id}/roller?kommune=707`, admin, { role: 'admin' });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('Brugeren har allerede denne rolle');

    const grants = await t.database.db
      .selectFrom('user_grant')
      .selectAll()
      .where('user_id', '=', user.id)
      .where('role', '=', 'admin')
      .execute();
    const revoke = await submitForm(
      t.app,
      `/brugere/${user.id}/roller/${grants[0]?.id}/fjern?kommune=707`,
      admin,
      {},
    );
    expect(revoke.statusCode).toBe(303);
    expect((await get('/brugere', pia)).statusCode).toBe(404);
    const actions = await t.database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_id', '=', user.id)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['grantRole', 'revokeRole']));
  });

  it('does not let an admin remove their own admin role', async () => {
    const grant = await t.database.db
      .selectFrom('user_grant')
      .selectAll()
      .where('user_id', '=', adminId)
      .executeTakeFirstOrThrow();
    const res = await submitForm(
      t.app,
      `/brugere/${adminId}/roller/${grant.id}/fjern?kommune=707`,
      admin,
      {},
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Du kan ikke fjerne din egen administratorrolle');
    expect(
      await t.database.db.selectFrom('user_grant').selectAll().where('id', '=', grant.id).execute(),
    ).toHaveLength(1);
  });

  it('refuses a form post with the anonymous token after login (tokens are bound to the session)', async () => {
    const res = await submitForm(
      t.app,
      '/brugere?kommune=707',
      { ...admin, csrfToken: admin.cookies.sd_csrf ?? '' },
      {
        name: 'X',
        email: 'x@x.dk',
        role: 'caseOfficer',
      },
    );
    expect(res.statusCode).toBe(403);
  });
});
