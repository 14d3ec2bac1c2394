/**
 * Onboarding a new municipality in real Chromium, from nothing to a planned year (issue 17):
 * the national administrator creates Aarhus (751) on /drift and grants its first admin; the
 * admin imports the registry on /opstart, adopts the joint-meetings model from a template with
 * the council decision, plans the year's meetings, and the Overblik shows the organisations'
 * obligations. The checklist follows the data at each step. axe: 0 violations on every page.
 *
 * Actors: startTestApp's resolveActor, switched between steps (login is covered by auth tests).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, NATIONAL } from '../../src/app/actor.ts';
import { axeViolations, chromiumAvailable, launchBrowser, newContext } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const REGISTRY_CSV = [
  'type;navn;cvr;lbf_nr;art;hjemkommune;administreres_af;regnskabsaar_slut;aktiv_fra;aktiv_til;adresse;kommune;boliger;afdelingsbestyrelse;email;telefon;rolle;enhed;parti',
  'organisation;Brabrand Testboliger;34183058;901;boligorganisation;751;;31-12;01-01-1960;;;;;;;;;;',
  'organisation;Aarhus Testbolig;34184127;902;boligorganisation;751;;31-12;01-01-1970;;;;;;;;;;',
  'afdeling;Gellerupparken;34183058;1;familie;;;;;;Gudrunsvej 1, 8220 Brabrand;751;400;ja;;;;;',
  'afdeling;Skovgårdsparken;34184127;1;familie;;;;;;Skovgårdsparken 1, 8220 Brabrand;751;120;ja;;;;;',
].join('\n');

const national: Actor = {
  kind: 'user',
  id: 'e2e-national',
  name: 'Drift',
  grants: [{ role: 'nationalAdmin', municipality: NATIONAL }],
};

describe.runIf(chromiumAvailable())('onboarding a municipality in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let actor: Actor = national;

  beforeAll(async () => {
    t = await startTestApp({
      resolveActor: async () => actor,
      clock: () => new Date('2026-12-01T10:00:00Z'),
    });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('goes from nothing to a planned year: create, first admin, import, model from a template, meetings, Overblik', async () => {
    const visited: Record<string, string[]> = {};
    const context = await newContext(browser);
    const page = await context.newPage();
    const missing = async () =>
      await page
        .locator('.app-checklist li:has(.app-missing)')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));

    // 1. The national administrator creates Aarhus and grants its first admin.
    await page.goto(`${base}/drift`);
    visited.drift = await axeViolations(page);
    await page.selectOption('#field-code', '751');
    await page.fill('#field-name', 'Aarhus Kommune');
    await page.fill('#field-address', 'Rådhuspladsen 2, 8000 Aarhus C');
    await page.click('button:has-text("Opret kommune")');
    await page.waitForURL(/\/drift\/kommuner\/751\?oprettet/);
    expect(await page.locator('h1').textContent()).toContain('Aarhus Kommune');
    visited.tenant = await axeViolations(page);
    await page.fill('#field-name', 'Aase Admin');
    await page.fill('#field-email', 'admin@aarhus.test');
    await page.click('button:has-text("Giv adgang")');
    await page.waitForURL(/\?adgang/);
    const admin = await t.database.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'admin@aarhus.test')
      .executeTakeFirstOrThrow();
    // The same municipality twice is refused on the page too.
    await page.goto(`${base}/drift`);
    expect(await page.locator('#field-code option[value="751"]').count()).toBe(0);

    // 2. The admin's onboarding: everything is missing.
    actor = {
      kind: 'user',
      id: admin.id,
      name: 'Aase Admin',
      grants: [{ role: 'admin', municipality: '751' }],
    };
    await page.goto(`${base}/opstart`);
    expect(await page.locator('h1').textContent()).toBe('Opstart af Aarhus Kommune');
    expect(await missing()).toEqual(['registry', 'model', 'decision', 'users', 'notices', 'meetings']);
    visited.onboarding = await axeViolations(page);

    // 3. Registry import (the existing CSV importer).
    await page.setInputFiles('#registry-file', {
      name: 'aarhus.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(REGISTRY_CSV),
    });
    await page.click('button:has-text("Indlæs registeret")');
    await page.waitForLoadState();
    expect(await page.locator('.alert-success').textContent()).toContain(
      '2 boligorganisationer, 2 afdelinger',
    );
    expect(await missing()).toEqual(['model', 'decision', 'users', 'notices', 'meetings']);
    visited.imported = await axeViolations(page);

    // 4. The model from a template, with the council decision that adopted it.
    await page.check('input[name="templateId"][value="faelles-moeder"]');
    await page.fill('#field-validFrom', '01-01-2027');
    await page.fill('#field-decisionDate', '15-12-2026');
    await page.fill('#field-caseNumber', '26/1234');
    await page.fill('#field-text', 'Styringsmodellen med fælles dialogmøder vedtages.');
    await page.click('button:has-text("Vedtag modellen")');
    await page.waitForURL(/\/opstart/);
    expect(await missing()).toEqual(['users', 'notices', 'meetings']);
    expect(await page.locator('#model-heading + dl').textContent()).toContain(
      'Fælles møder med alle boligorganisationer',
    );
    visited.modelAdopted = await axeViolations(page);

    // 5. The first meetings planned.
    await page.goto(`${base}/moeder/planlaeg?aar=2027`);
    visited.plan = await axeViolations(page);
    await page.click('button:has-text("Bekræft planen")');
    await page.waitForURL(/\/moeder\?aar=2027$/);
    expect(await page.locator('table tbody').textContent()).toContain('Brabrand Testboliger');
    await page.goto(`${base}/opstart`);
    expect(await missing()).toEqual(['users', 'notices']);

    // 6. The Overblik of the new municipality.
    await page.goto(`${base}/?aar=2027`);
    expect(await page.locator('h1').textContent()).toBe('Overblik 2027');
    const overview = (await page.locator('main').textContent()) ?? '';
    expect(overview).toContain('Brabrand Testboliger');
    expect(overview).toContain('Aarhus Testbolig');
    expect(overview).toContain('Fælles dialogmøde med alle boligorganisationer');
    visited.overview = await axeViolations(page);

    expect(visited).toEqual({
      drift: [],
      tenant: [],
      onboarding: [],
      imported: [],
      modelAdopted: [],
      plan: [],
      overview: [],
    });
    await context.close();
  }, 180_000);
});
