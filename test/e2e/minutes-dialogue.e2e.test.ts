/**
 * Both parties write the minutes, in real Chromium (issue 13, point 4; almenboligloven § 164,
 * stk. 2: the account holds both parties' own assessment): the board member of Boligselskabet
 * Djurslandsbo writes the organisation's assessment and asks for a change with a reason, the case
 * officer changes the text, both approve — each page showing who approved when — the case
 * officer publishes, and the public page shows both assessments, each written by its own party.
 * axe: 0 violations on every page visited.
 *
 * The meeting is planned and marked held through the use cases (the cycle's earlier steps are the
 * meeting-cycle test's); actors are switched through startTestApp's resolveActor.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { createMeeting } from '../../src/app/meetings/create-meeting.ts';
import { markHeld } from '../../src/app/meetings/mark-held.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { systemContext } from '../support/auth.ts';
import { axeViolations, chromiumAvailable, launchBrowser, newContext } from '../support/browser.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const OBLIGATION = 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1';
const BOARD: Actor = {
  kind: 'user',
  id: 'e2e-board-djurslandsbo',
  name: 'Frank Hedegaard',
  grants: [{ role: 'organisation', municipality: '707', organisationId: 'org-djurslandsbo' }],
};
const OFFICER: Actor = {
  kind: 'user',
  id: 'e2e-case-officer',
  name: 'Kasper Mølgaard',
  grants: [{ role: 'caseOfficer', municipality: '707' }],
};

describe.runIf(chromiumAvailable())('both parties write the minutes, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let actor: Actor = OFFICER;
  let meetingUrl = '';

  beforeAll(async () => {
    t = await startTestApp({
      resolveActor: async () => actor,
      clock: () => new Date('2027-09-16T08:00:00Z'),
    });
    await loadDemoInto(t.database, '2027-08-16');
    const ctx = (today: string) => ({
      ...systemContext(t.database.db, new Date(`${today}T12:00:00Z`)),
      today,
    });
    const { meeting } = await runUseCase(createMeeting, ctx('2027-08-16'), {
      municipality: '707',
      meeting: {
        obligationId: OBLIGATION,
        date: '2027-09-15',
        startTime: '10:00',
        endTime: '12:00',
        location: 'Rådhuset, Grenaa',
      },
    });
    await runUseCase(markHeld, ctx('2027-09-15'), { municipality: '707', id: meeting.id });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    meetingUrl = `${base}/moeder/${meeting.id}`;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the board writes its assessment and asks for a change; the officer changes the text; both approve; the account shows who wrote what', async () => {
    const visited: Record<string, string[]> = {};
    const page = await (await newContext(browser)).newPage();
    const tag = () => page.locator('.app-status').first().textContent();

    // 1. The case officer writes the minutes and the municipality's assessment; the organisation's
    //    assessment is not a field of the officer's form.
    actor = OFFICER;
    await page.goto(meetingUrl);
    expect(await page.locator('#field-organisationAssessment').count()).toBe(0);
    await page.fill('#field-minuteTaker', 'Kasper Mølgaard');
    await page.fill('#field-municipalityAssessment', 'Kommunen vurderer, at driften er god.');
    await page.check('#field-noAgreements');
    await page.click('button:has-text("Gem referatet")');
    await page.waitForURL(meetingUrl);
    visited.officerDraft = await axeViolations(page);

    // 2. The board member writes the organisation's assessment and asks for a change.
    actor = BOARD;
    await page.goto(meetingUrl);
    visited.boardDraft = await axeViolations(page);
    expect(await page.locator('#minutes-heading ~ *').allTextContents()).toContain(
      'Kommunen vurderer, at driften er god.',
    );
    await page.fill('#field-assessment', 'Bestyrelsen vurderer, at organisationen er i god drift.');
    await page.click('button:has-text("Gem vurderingen")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('#assessment-heading ~ p.form-hint').textContent()).toContain(
      'Skrevet af Frank Hedegaard (Boligorganisationen)',
    );
    // An empty change request is refused with a Danish message at the field.
    await page.check('#field-requestsChange');
    await page.click('button:has-text("Send kommentaren")');
    await page.waitForSelector('#field-comment-error');
    expect(await page.locator('#field-comment-error').textContent()).toContain(
      'Skriv, hvad der skal ændres, og hvorfor',
    );
    visited.commentRefused = await axeViolations(page);
    await page.fill('#field-comment', 'Kommunens vurdering bør nævne huslejen i Kystparken.');
    await page.check('#field-requestsChange');
    await page.click('button:has-text("Send kommentaren")');
    await page.waitForURL(meetingUrl);
    const request = page.locator('.app-comment').first();
    expect(await request.textContent()).toContain('Frank Hedegaard (Boligorganisationen)');
    expect(await request.textContent()).toContain('Beder om ændring');
    visited.changeRequested = await axeViolations(page);

    // 3. The case officer sees the request and the organisation's assessment, and changes the text.
    actor = OFFICER;
    await page.goto(meetingUrl);
    expect(await page.locator('.app-comment').first().textContent()).toContain('Beder om ændring');
    expect(await page.locator('#minutes-form-heading ~ form').textContent()).toContain(
      'Bestyrelsen vurderer, at organisationen er i god drift.',
    );
    await page.fill(
      '#field-municipalityAssessment',
      'Kommunen vurderer, at driften er god. Kommunen følger huslejen i Kystparken.',
    );
    await page.click('button:has-text("Gem referatet")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('.app-comment').first().textContent()).toContain('teksten er ændret siden');

    // 4. Both approve; each page keeps the approvals (who, when) and the tag says who approved.
    await page.click('button:has-text("Godkend for kommunen")');
    await page.waitForURL(meetingUrl);
    expect(await tag()).toBe('Referat i udkast – godkendt af kommunen');
    expect(await page.locator('#approve-heading').isVisible()).toBe(true);
    expect(await page.locator('#approve-heading ~ ul').first().textContent()).toMatch(
      /Godkendt for kommunen af Kasper Mølgaard, 16-09-2027 kl\. 10\.00/,
    );
    expect(await page.locator('#approve-heading ~ p').first().textContent()).toContain(
      'Mangler godkendelse fra boligorganisationen',
    );
    visited.officerApproved = await axeViolations(page);
    actor = BOARD;
    await page.goto(meetingUrl);
    expect(await page.locator('#approve-heading ~ ul').first().textContent()).toContain(
      'Godkendt for kommunen af Kasper Mølgaard',
    );
    await page.click('button:has-text("Godkend for boligorganisationen")');
    await page.waitForURL(meetingUrl);
    expect(await tag()).toBe('Referat godkendt');
    expect(await page.locator('#approve-heading ~ ul').first().textContent()).toContain(
      'Godkendt for boligorganisationen af Frank Hedegaard',
    );
    visited.bothApproved = await axeViolations(page);

    // 5. The case officer publishes.
    actor = OFFICER;
    await page.goto(meetingUrl);
    await page.click('button:has-text("Offentliggør redegørelsen")');
    await page.waitForURL(meetingUrl);
    expect(await tag()).toBe('Offentliggjort');
    const accountPath = await page
      .locator('a:has-text("se den offentlige redegørelse")')
      .getAttribute('href');

    // 6. The public page shows both assessments, each written by its own party.
    actor = { kind: 'public' };
    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${base}${accountPath}`);
    const main = (await visitor.locator('main').textContent()) ?? '';
    expect(main).toContain('Bestyrelsen vurderer, at organisationen er i god drift.');
    expect(main).toContain('Kommunen følger huslejen i Kystparken.');
    expect(await visitor.locator('.app-written-by').allTextContents()).toEqual([
      'Skrevet af Frank Hedegaard, boligorganisationen',
      'Skrevet af Kasper Mølgaard, forvaltningen',
    ]);
    visited.publicAccount = await axeViolations(visitor);

    expect(visited).toEqual(Object.fromEntries(Object.keys(visited).map((k) => [k, []])));
  }, 180_000);
});
