/**
 * The whole meeting cycle in real Chromium for one demo organisation (Boligselskabet
 * Djurslandsbo): plan the year → invite → the organisation asks for an official from Social →
 * accepted → held → minutes with both assessments and one agreement → both parties approve →
 * publish → the public page shows it to a logged-out visitor → `compliance --json` on the same
 * database shows the obligation met. axe: 0 violations on every page visited.
 *
 * Actors: startTestApp's resolveActor, switched between steps (a case officer and an
 * organisation user of Djurslandsbo; the public visitor in its own browser context). The clock
 * moves from August to the meeting day, which real sessions would not survive; logging in
 * through the form is covered by the auth tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { extractPdfText } from '../../src/importer/agenda/extract-pdf-text.ts';
import { userWith } from '../support/actors.ts';
import { createTestUser } from '../support/auth.ts';
import { axeViolations, chromiumAvailable, launchBrowser, newContext } from '../support/browser.ts';
import { runCliAgainst } from '../support/cli-harness.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const djurslandsbo = userWith('organisation', '707', 'org-djurslandsbo');
const OBLIGATION = 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1';

async function pdfTextOf(bytes: Buffer): Promise<string> {
  return (await extractPdfText(new Uint8Array(bytes))).text;
}

describe.runIf(chromiumAvailable())('the meeting cycle in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  // A real user row behind the case officer: the calendar feed belongs to a user account.
  let officer: Actor = userWith('caseOfficer');
  let actor: Actor = officer;
  let now = new Date('2027-08-16T08:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor, clock: () => now });
    await loadDemoInto(t.database, '2027-08-16');
    const user = await createTestUser(t.database.db, {
      email: 'sagsbehandler@e2e.test',
      role: 'caseOfficer',
    });
    officer = {
      kind: 'user',
      id: user.id,
      name: 'Test Sagsbehandler',
      grants: [{ role: 'caseOfficer', municipality: '707' }],
    };
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('plans, invites, holds, minutes, approves and publishes a dialogue meeting; compliance shows it met', async () => {
    const visited: Record<string, string[]> = {};
    const context = await newContext(browser);
    const page = await context.newPage();

    // 1. Plan the year: proposals, adjust Djurslandsbo's date, confirm.
    actor = officer;
    await page.goto(`${base}/moeder?aar=2027`);
    visited.listEmpty = await axeViolations(page);
    await page.click('a:has-text("Planlæg året 2027")');
    await page.waitForURL(/\/moeder\/planlaeg\?aar=2027/);
    visited.plan = await axeViolations(page);
    const row = page.locator('fieldset', { hasText: 'Boligselskabet Djurslandsbo' });
    await row.locator('input[type="date"]').fill('2027-09-15');
    await row.locator('input[name$=".startTime"]').fill('10:00');
    await row.locator('input[name$=".endTime"]').fill('12:00');
    await row.locator('input[name$=".location"]').fill('Rådhuset, Grenaa');
    await page.click('button:has-text("Bekræft planen")');
    await page.waitForURL(/\/moeder\?aar=2027$/);
    visited.list = await axeViolations(page);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(6);

    // 2. Invite.
    await page.click('a:has-text("Boligselskabet Djurslandsbo")');
    await page.waitForURL(/\/moeder\/mtg-/);
    const meetingUrl = page.url();
    visited.planned = await axeViolations(page);
    await page.click('button:has-text("Send indkaldelse")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('.app-status').first().textContent()).toBe('Indkaldt');
    visited.invited = await axeViolations(page);
    await page.goto(`${base}/moeder/udbakke`);
    visited.outbox = await axeViolations(page);
    const icsHref = await page.locator('a:has-text("Hent .ics")').first().getAttribute('href');
    const ics = await (await page.request.get(`${base}${icsHref}`)).text();
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20270915T100000');

    // 3. The organisation asks for an official from Social.
    actor = djurslandsbo;
    await page.goto(meetingUrl);
    visited.organisationView = await axeViolations(page);
    await page.fill('#field-unit', 'Social');
    await page.fill('#field-reason', 'Vi vil drøfte den boligsociale indsats i Søndergade.');
    await page.click('button:has-text("Send anmodningen")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('#requests-heading ~ .app-request').first().textContent()).toContain(
      'Afventer svar',
    );

    // 4. The case officer accepts, naming the official.
    actor = officer;
    await page.goto(meetingUrl);
    visited.requestPending = await axeViolations(page);
    await page.locator('.app-request select[name$=".personId"]').selectOption('person-karina-vrist');
    await page.click('button:has-text("Imødekom")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('#participants-heading ~ table').textContent()).toContain('Karina Vrist');
    expect(await page.locator('.app-request').first().textContent()).toContain('Imødekommet');

    // 5. The meeting day: held.
    now = new Date('2027-09-15T12:30:00Z');
    await page.goto(meetingUrl);
    await page.click('button:has-text("Marker som afholdt")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('.app-status').first().textContent()).toBe('Afholdt');
    visited.minutesForm = await axeViolations(page);

    // 6. Minutes without the organisation's assessment cannot be approved: the message names it.
    await page.fill('#field-minuteTaker', 'Kasper Mølgaard');
    await page.fill('#field-municipalityAssessment', 'Kommunen vurderer, at organisationen drives godt.');
    await page.click('button:has-text("Gem referatet")');
    await page.waitForURL(meetingUrl);
    await page.click('button:has-text("Godkend for kommunen")');
    await page.waitForSelector('.alert-error');
    expect(await page.locator('.alert-error').textContent()).toContain(
      'Boligorganisationens vurdering mangler',
    );
    visited.approvalRefused = await axeViolations(page);

    // 7. The organisation writes its own assessment; the officer adds one agreement.
    actor = djurslandsbo;
    await page.goto(meetingUrl);
    await page.fill('#field-assessment', 'Organisationen har nedbragt tomgangen og har styr på økonomien.');
    await page.click('button:has-text("Gem vurderingen")');
    await page.waitForURL(meetingUrl);
    actor = officer;
    await page.goto(meetingUrl);
    await page.fill('#field-agreements-0-text', 'Tomgangen i afdeling Søndergade halveres.');
    await page.selectOption('#field-agreements-0-objectiveArea', 'letting');
    await page.fill('#field-agreements-0-deadline', '2028-06-30');
    await page.fill('#field-agreements-0-responsible', 'Boligorganisationen');
    await page.click('button:has-text("Gem referatet")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('.app-status').first().textContent()).toBe('Referat i udkast');

    // 8. Both parties approve.
    await page.click('button:has-text("Godkend for kommunen")');
    await page.waitForURL(meetingUrl);
    actor = djurslandsbo;
    await page.goto(meetingUrl);
    visited.organisationApproves = await axeViolations(page);
    await page.click('button:has-text("Godkend for boligorganisationen")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('.app-status').first().textContent()).toBe('Referat godkendt');

    // 9. Publish.
    actor = officer;
    await page.goto(meetingUrl);
    await page.click('button:has-text("Offentliggør redegørelsen")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('.app-status').first().textContent()).toBe('Offentliggjort');
    visited.published = await axeViolations(page);
    const accountPath = await page
      .locator('a:has-text("se den offentlige redegørelse")')
      .getAttribute('href');
    expect(accountPath).toMatch(/^\/redegoerelser\/707\/mtg-/);

    // The documentation package and the personal calendar feed pages.
    await page.click('a:has-text("Se dokumentationspakken")');
    await page.waitForURL(/\/moeder\/dokumentationspakke\/org-djurslandsbo\/2027$/);
    visited.documentationPackage = await axeViolations(page);
    await page.goto(`${base}/moeder?aar=2027`);
    await page.click('button:has-text("Abonnér på dine møder")');
    await page.waitForSelector('code');
    visited.calendarFeed = await axeViolations(page);

    // 10. A logged-out visitor sees the account.
    actor = { kind: 'public' };
    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${base}/redegoerelser`);
    visited.publicMunicipalities = await axeViolations(visitor);
    await visitor.click('a:has-text("Norddjurs Kommune")');
    await visitor.waitForURL(/\/redegoerelser\/707$/);
    expect(await visitor.locator('main').textContent()).toMatch(
      /Styringsdialogmøde afholdt med 1 af 6 boligorganisationer/,
    );
    visited.publicIndex = await axeViolations(visitor);
    await visitor.click('a:has-text("Boligselskabet Djurslandsbo")');
    await visitor.waitForURL(`${base}${accountPath}`);
    const text = (await visitor.locator('main').textContent()) ?? '';
    expect(text).toContain('Organisationen har nedbragt tomgangen');
    expect(text).toContain('Kommunen vurderer, at organisationen drives godt.');
    expect(text).toContain('Tomgangen i afdeling Søndergade halveres.');
    expect(text).not.toContain('@');
    visited.publicAccount = await axeViolations(visitor);
    const pdf = await visitor.request.get(`${base}${accountPath}/redegoerelse.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const pdfText = await pdfTextOf(await pdf.body());
    expect(pdfText).toContain('Boligorganisationens vurdering');
    expect(pdfText).toContain('Tomgangen i afdeling Søndergade halveres.');

    expect(visited).toEqual(Object.fromEntries(Object.keys(visited).map((k) => [k, []])));

    // 11. Compliance on the same database: the obligation is met.
    const compliance = await runCliAgainst(
      t.database.db,
      ['compliance', '--municipality', '707', '--year', '2027', '--json'],
      '2027-09-20',
    );
    expect(compliance.code, compliance.stderr).toBe(0);
    const obligation = compliance
      .json<{ obligations: { id: string; status: string }[] }>()
      .obligations.find((o) => o.id === OBLIGATION);
    expect(obligation?.status).toBe('met');
  }, 180_000);
});
