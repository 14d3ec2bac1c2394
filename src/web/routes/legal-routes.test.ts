import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { anonymousForm, submitForm } from '../../../test/support/auth.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';

/** The footer's links, as the page renders them. */
function footerLinks(html: string): Record<string, string> {
  const footer = html.slice(html.indexOf('<footer'));
  const out: Record<string, string> = {};
  for (const m of footer.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)) out[m[2] as string] = m[1] as string;
  return out;
}

describe('the accessibility statement and privacy notice', () => {
  let t: TestApp;
  let actor: Actor = { kind: 'public' };
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
    await loadDemoInto(t.database);
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the built-in pages to everyone, without login, naming the municipality when known', async () => {
    actor = { kind: 'public' };
    for (const url of ['/tilgaengelighed', '/privatliv']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
    }
    const privacy = await t.app.inject({ method: 'GET', url: '/privatliv' });
    expect(privacy.body).toContain('almenboligloven § 164');
    expect(privacy.body).toContain('artikel 6, stk. 1, litra e');
    expect(privacy.body).toContain('Datatilsynet');
    const statement = await t.app.inject({ method: 'GET', url: '/tilgaengelighed' });
    expect(statement.body).toContain('WAS-Tool');
    expect(statement.body).toContain('Digitaliseringsstyrelsen');

    actor = userWith('organisation', '707', 'org-djurslandsbo');
    const mine = await t.app.inject({ method: 'GET', url: '/privatliv' });
    expect(mine.body).toContain('Norddjurs Kommune er dataansvarlig');
  });

  it('links the built-in pages from every footer while the municipality has set no address', async () => {
    for (const [who, url] of [
      [{ kind: 'public' }, '/'],
      [{ kind: 'public' }, '/log-ind'],
      [userWith('caseOfficer'), '/aftaler'],
      [userWith('organisation', '707', 'org-djurslandsbo'), '/moeder'],
    ] as const) {
      actor = who;
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(footerLinks(res.body)).toMatchObject({
        Tilgængelighedserklæring: '/tilgaengelighed',
        Privatlivspolitik: '/privatliv',
      });
    }
  });

  it('lets an admin set the municipality’s own addresses; then every footer of its users links there', async () => {
    actor = userWith('admin');
    const browser = await anonymousForm(t.app, '/kommune');
    // The version the notices form was opened at (optimistic concurrency, like every edit).
    const version = async () =>
      /action="\/kommune\/links"[\s\S]*?name="version" value="(\d+)"/.exec(
        (await t.app.inject({ method: 'GET', url: '/kommune' })).body,
      )?.[1] ?? '';
    const opened = await version();
    expect(opened).toMatch(/^\d+$/);
    const bad = await submitForm(t.app, '/kommune/links', browser, {
      version: opened,
      accessibilityStatementUrl: 'javascript:alert(1)',
      privacyNoticeUrl: `https://www.norddjurs.dk/${'x'.repeat(600)}`,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('id="field-accessibilityStatementUrl-error"');
    expect(bad.body).toContain('skal være en webadresse, der begynder med https://');
    expect(bad.body).toContain('Adressen til privatlivspolitikken må højst være 500 tegn');

    const ok = await submitForm(t.app, '/kommune/links', browser, {
      version: opened,
      accessibilityStatementUrl: 'https://was.digst.dk/norddjurs-dk',
      privacyNoticeUrl: 'https://www.norddjurs.dk/privatliv',
    });
    expect(ok.statusCode).toBe(303);
    // A second save from the same stale form is refused, not silently applied.
    const stale = await submitForm(t.app, '/kommune/links', browser, {
      version: opened,
      accessibilityStatementUrl: '',
      privacyNoticeUrl: '',
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.body).toContain('En anden har gemt ændringer');

    actor = userWith('councilMember');
    const page = await t.app.inject({ method: 'GET', url: '/udvalg' });
    expect(footerLinks(page.body)).toMatchObject({
      Tilgængelighedserklæring: 'https://was.digst.dk/norddjurs-dk',
      Privatlivspolitik: 'https://www.norddjurs.dk/privatliv',
    });
    // Not an admin: no form.
    const kommune = await t.app.inject({ method: 'GET', url: '/kommune' });
    expect(kommune.body).not.toContain('action="/kommune/links"');

    // Emptied again: back to the built-in pages.
    actor = userWith('admin');
    await submitForm(t.app, '/kommune/links', browser, {
      version: await version(),
      accessibilityStatementUrl: '',
      privacyNoticeUrl: '',
    });
    const after = await t.app.inject({ method: 'GET', url: '/kommune' });
    expect(footerLinks(after.body)).toMatchObject({ Tilgængelighedserklæring: '/tilgaengelighed' });
  });
});
