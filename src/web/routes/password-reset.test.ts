import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  anonymousForm,
  cookieHeader,
  createTestUser,
  logIn,
  submitForm,
} from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

describe('glemt adgangskode → engangslink → ny adgangskode', () => {
  let t: TestApp;
  let now = new Date('2026-11-22T12:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({ clock: () => now, publicUrl: 'https://styringsdialog.norddjurs.dk' });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    now = new Date('2026-11-22T12:00:00Z');
    await resetDatabase(t.database.db);
    await createTestUser(t.database.db, {
      email: 'sara@norddjurs.dk',
      role: 'caseOfficer',
      name: 'Sara Holm',
    });
  });

  const outbox = () => t.database.db.selectFrom('outbox').selectAll().orderBy('id').execute();
  const linkToken = async () =>
    /nulstil-adgangskode\?token=([A-Za-z0-9_-]+)/.exec((await outbox()).at(-1)?.body ?? '')?.[1] ?? '';

  async function requestLink(email: string) {
    return submitForm(t.app, '/glemt-adgangskode', await anonymousForm(t.app, '/glemt-adgangskode'), {
      email,
    });
  }

  async function choose(token: string, password: string, repeat = password) {
    const browser = await anonymousForm(t.app, `/nulstil-adgangskode?token=${token}`);
    return submitForm(t.app, '/nulstil-adgangskode', browser, { token, password, passwordRepeat: repeat });
  }

  it('answers the same for known and unknown addresses, and writes a one-time link to the outbox', async () => {
    const known = await requestLink('sara@norddjurs.dk');
    const unknown = await requestLink('ukendt@norddjurs.dk');
    expect(known.statusCode).toBe(303);
    expect(known.headers.location).toBe('/glemt-adgangskode?sendt=1');
    expect(unknown.body.replace(/value="[^"]+"/g, '')).toBe(known.body.replace(/value="[^"]+"/g, ''));
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to_address: 'sara@norddjurs.dk',
      subject: 'Nulstil din adgangskode til Styringsdialog',
      sent_at: null,
    });
    expect(mails[0]?.body).toContain('https://styringsdialog.norddjurs.dk/nulstil-adgangskode?token=');
    const stored = await t.database.db.selectFrom('password_link').selectAll().executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(await linkToken());
  });

  it('sets a new password once, ends open sessions, and the old password stops working', async () => {
    const session = await logIn(t.app, 'sara@norddjurs.dk');
    await requestLink('sara@norddjurs.dk');
    const token = await linkToken();
    const done = await choose(token, 'en helt ny og lang adgangskode');
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/log-ind?adgangskode-skiftet=1');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: cookieHeader(session.cookies) },
    });
    expect(me.statusCode).toBe(401);
    await expect(logIn(t.app, 'sara@norddjurs.dk')).rejects.toThrow(/401/);
    await logIn(t.app, 'sara@norddjurs.dk', 'en helt ny og lang adgangskode');
    const reused = await choose(token, 'endnu en helt ny adgangskode');
    expect(reused.statusCode).toBe(422);
    expect(reused.body).toContain('Linket er udløbet eller allerede brugt');
  });

  it('refuses an expired link, a weak password and two different passwords, with field messages', async () => {
    await requestLink('sara@norddjurs.dk');
    const token = await linkToken();
    const differ = await choose(token, 'en helt ny og lang adgangskode', 'en anden');
    expect(differ.statusCode).toBe(422);
    expect(differ.body).toContain('De to adgangskoder er ikke ens');
    const weak = await choose(token, 'sara holm 12345');
    expect(weak.statusCode).toBe(422);
    expect(weak.body).toContain('Adgangskoden må ikke indeholde dit navn');
    now = new Date(now.getTime() + 61 * 60_000);
    const late = await choose(token, 'en helt ny og lang adgangskode');
    expect(late.statusCode).toBe(422);
    expect(late.body).toContain('Linket er udløbet');
  });

  it('a new link retires the older ones: only the newest works (finding #3)', async () => {
    await requestLink('sara@norddjurs.dk');
    const first = await linkToken();
    now = new Date(now.getTime() + 60_000);
    await requestLink('sara@norddjurs.dk');
    const second = await linkToken();
    expect(second).not.toBe(first);
    const old = await choose(first, 'en helt ny og lang adgangskode');
    expect(old.statusCode).toBe(422);
    expect(old.body).toContain('Linket er udløbet eller allerede brugt');
    const unused = await t.database.db
      .selectFrom('password_link')
      .select('id')
      .where('used_at', 'is', null)
      .execute();
    expect(unused).toHaveLength(1);
    expect((await choose(second, 'en helt ny og lang adgangskode')).statusCode).toBe(303);
  });

  it('throttles requests per requested address, known or not, and lets them through after the hour', async () => {
    for (const email of ['sara@norddjurs.dk', 'ukendt@norddjurs.dk']) {
      for (let i = 0; i < 3; i++) expect((await requestLink(email)).statusCode).toBe(303);
      const fourth = await requestLink(email);
      expect(fourth.statusCode).toBe(429);
      expect(fourth.body).toContain('Der er bestilt for mange links til en ny adgangskode');
    }
    expect(await outbox()).toHaveLength(3);
    now = new Date(now.getTime() + 61 * 60_000);
    expect((await requestLink('sara@norddjurs.dk')).statusCode).toBe(303);
    expect(await outbox()).toHaveLength(4);
  });

  it('throttles requests from one client address across many accounts', async () => {
    for (let i = 0; i < 20; i++) expect((await requestLink(`person${i}@norddjurs.dk`)).statusCode).toBe(303);
    expect((await requestLink('sara@norddjurs.dk')).statusCode).toBe(429);
    expect(await outbox()).toHaveLength(0);
  });
});
