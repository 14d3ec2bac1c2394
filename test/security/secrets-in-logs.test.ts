/**
 * Finding #3 of the hardening issue: no secret reaches the log. A whole flow runs in-process at
 * LOG_LEVEL=info with every kind of secret the product hands out — session cookies and CSRF
 * tokens, API tokens (created on the page, used as Bearer, revoked), calendar feed URLs (made,
 * read, renewed, read dead), password links (requested, opened, used, reused) and a failed
 * login's password — then the captured log is searched for each of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousForm,
  createTestUser,
  ensureMunicipality,
  logIn,
  submitForm,
  TEST_PASSWORD,
} from '../support/auth.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('secrets in the log', () => {
  let t: TestApp;
  const lines: string[] = [];
  const secrets: { kind: string; value: string }[] = [];
  const keep = (kind: string, value: string | undefined) => {
    expect(value, kind).toBeTruthy();
    secrets.push({ kind, value: value ?? '' });
    return value ?? '';
  };

  beforeAll(async () => {
    t = await startTestApp({ logLevel: 'info', logStream: { write: (line) => void lines.push(line) } });
    await ensureMunicipality(t.database.db, '707', 'Norddjurs Kommune');
    await createTestUser(t.database.db, { email: 'sara@norddjurs.dk', role: 'caseOfficer' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('logs requests at info, and none of the secrets used in a whole flow', async () => {
    keep('password', TEST_PASSWORD);
    // A failed login: the wrong password travels in the body.
    await submitForm(t.app, '/log-ind', await anonymousForm(t.app), {
      email: 'sara@norddjurs.dk',
      password: 'forkert-men-hemmeligt-kodeord',
    });
    keep('wrong password', 'forkert-men-hemmeligt-kodeord');

    const sara = await logIn(t.app, 'sara@norddjurs.dk');
    keep('session cookie', sara.cookies.sd_session);
    keep('csrf token', sara.csrfToken);

    // API token: made on the page, used as Bearer, sent in a query string by mistake, revoked.
    const made = await submitForm(t.app, '/min-profil/noegler', sara, { label: 'Logtest' });
    const apiToken = keep('api token', /<code>(sd_[A-Za-z0-9_-]+)<\/code>/.exec(made.body)?.[1]);
    const bearer = { authorization: `Bearer ${apiToken}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(200);
    await t.app.inject({ method: 'GET', url: `/api/v1/me?token=${apiToken}`, headers: bearer });
    await t.app.inject({ method: 'GET', url: `/api/v1/does-not-exist/${apiToken}` });
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/me/credentials', headers: bearer });
    const id = (mine.json() as { apiTokens: { id: number }[] }).apiTokens[0]?.id;
    await t.app.inject({ method: 'DELETE', url: `/api/v1/me/api-tokens/${id}`, headers: bearer });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);

    // Calendar feed: made, read, renewed, the old one read dead.
    const feedPath = (html: string) => /http:\/\/localhost\/kalender\/([A-Za-z0-9_-]+)\.ics/.exec(html)?.[1];
    const feed1 = keep(
      'feed token',
      feedPath((await submitForm(t.app, '/min-profil/kalender', sara, {})).body),
    );
    expect((await t.app.inject({ method: 'GET', url: `/kalender/${feed1}.ics` })).statusCode).toBe(200);
    const feed2 = keep(
      'renewed feed token',
      feedPath((await submitForm(t.app, '/min-profil/kalender', sara, {})).body),
    );
    expect((await t.app.inject({ method: 'GET', url: `/kalender/${feed1}.ics` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/kalender/${feed2}` })).statusCode).toBe(200);

    // Password link: requested, opened, used, reused.
    await submitForm(t.app, '/glemt-adgangskode', await anonymousForm(t.app, '/glemt-adgangskode'), {
      email: 'sara@norddjurs.dk',
    });
    const mail = await t.database.db
      .selectFrom('outbox')
      .select('body')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const resetToken = keep(
      'reset token',
      /nulstil-adgangskode\?token=([A-Za-z0-9_-]+)/.exec(mail.body)?.[1],
    );
    const opened = await anonymousForm(t.app, `/nulstil-adgangskode?token=${resetToken}`);
    const newPassword = keep('new password', 'et nyt og langt hemmeligt kodeord');
    for (let i = 0; i < 2; i++) {
      await submitForm(t.app, '/nulstil-adgangskode', opened, {
        token: resetToken,
        password: newPassword,
        passwordRepeat: newPassword,
      });
    }
    const again = await logIn(t.app, 'sara@norddjurs.dk', newPassword);
    keep('second session cookie', again.cookies.sd_session);
    // An OIDC-style callback with a code and state in the query.
    await t.app.inject({
      method: 'GET',
      url: `/log-ind/oidc/callback?code=${'c'.repeat(30)}&state=${'s'.repeat(30)}`,
    });
    keep('oidc code', 'c'.repeat(30));
    keep('oidc state', 's'.repeat(30));

    const log = lines.join('');
    const found = secrets.filter((s) => log.includes(s.value)).map((s) => s.kind);
    expect(found).toEqual([]);
    // The log is really on: it holds the requests, with the secret places redacted.
    expect(log).toContain('"url":"/kalender/[skjult]');
    expect(log).toContain('/nulstil-adgangskode?token=[skjult]');
    expect(log).toContain('"msg":"request completed"');
  });
});
