/**
 * The theme meeting as its own kind, in real Chromium at 390 px (issue 13, point 6; Norddjurs KB
 * 15-11-2022, sag 22/8287, pkt. 1): the case officer opens the held theme meeting — council
 * members and every organisation's representatives among its participants, its own agenda —
 * writes the municipality's summary (no organisation assessment, no agreements), approves for the
 * municipality alone, publishes, and the public account shows the summary and who took part.
 * axe: 0 violations and no sideways scroll on every page visited.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { createMeeting } from '../../src/app/meetings/create-meeting.ts';
import { markHeld } from '../../src/app/meetings/mark-held.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { systemContext } from '../support/auth.ts';
import { axeViolations, chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const OBLIGATION = 'themeMeeting:707:all:2026-2029:themeMeeting#1';
const OFFICER: Actor = {
  kind: 'user',
  id: 'e2e-case-officer',
  name: 'Kasper Mølgaard',
  grants: [{ role: 'caseOfficer', municipality: '707' }],
};
const SUMMARY = 'Boligorganisationerne præsenterede deres afdelinger. Anvisningen tages op på dialogmøderne.';

/** Sideways scroll of the page itself at 390 px (responsive.e2e.test.ts has the full check). */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement as Element).scrollWidth - window.innerWidth);
}

describe.runIf(chromiumAvailable())('the theme meeting, in Chromium at 390 px', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let actor: Actor = OFFICER;
  let meetingUrl = '';

  beforeAll(async () => {
    t = await startTestApp({
      resolveActor: async () => actor,
      clock: () => new Date('2027-03-11T08:00:00Z'),
    });
    await loadDemoInto(t.database, '2027-01-10');
    const ctx = (today: string) => ({
      ...systemContext(t.database.db, new Date(`${today}T12:00:00Z`)),
      actor: OFFICER,
      today,
    });
    const { meeting } = await runUseCase(createMeeting, ctx('2027-01-10'), {
      municipality: '707',
      meeting: {
        obligationId: OBLIGATION,
        date: '2027-03-10',
        startTime: '16:00',
        endTime: '19:00',
        location: 'Rådhuset, Grenaa',
      },
    });
    await runUseCase(markHeld, ctx('2027-03-10'), { municipality: '707', id: meeting.id });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    meetingUrl = `${base}/moeder/${meeting.id}`;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the officer writes the summary, approves alone and publishes; the account shows the summary and who took part', async () => {
    const visited: Record<string, string[]> = {};
    const overflow: Record<string, number> = {};
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const check = async (name: string, p: Page) => {
      visited[name] = await axeViolations(p);
      overflow[name] = Math.max(0, await sideways(p));
    };

    // 1. The held theme meeting: the model's participants, its agenda, the summary form.
    actor = OFFICER;
    await page.goto(meetingUrl);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Kommunalbestyrelsesmedlemmer');
    expect(main).toContain('Formand, Boligselskabet Djurslandsbo');
    expect(main).toContain('Boligorganisationernes korte præsentationer');
    expect(main).toContain('Konklusioner – hvad går videre til dialogmøderne');
    expect(await page.locator('#field-municipalityAssessment').count()).toBe(0);
    expect(await page.locator('#field-noAgreements').count()).toBe(0);
    await check('held', page);

    // 2. An approval without a summary is refused with the reason; then the summary is written.
    await page.fill('#field-minuteTaker', 'Kasper Mølgaard');
    await page.click('button:has-text("Gem referatet")');
    await page.waitForURL(meetingUrl);
    await page.click('button:has-text("Godkend for kommunen")');
    await page.waitForSelector('.alert-error');
    expect(await page.locator('main').textContent()).toContain('Referatet/sammenfatningen mangler');
    await check('approvalRefused', page);
    await page.goto(meetingUrl);
    await page.fill('#field-summary', SUMMARY);
    await page.click('button:has-text("Gem referatet")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('#approve-heading ~ p').allTextContents()).toContain(
      'Mangler godkendelse fra kommunen.',
    );
    await check('drafted', page);

    // 3. The municipality approves alone: the minutes are approved; then it publishes.
    await page.click('button:has-text("Godkend for kommunen")');
    await page.waitForURL(meetingUrl);
    expect(await page.locator('.app-status').first().textContent()).toBe('Referat godkendt');
    expect(await page.locator('#minutes-heading ~ *').allTextContents()).toContain(SUMMARY);
    await check('approved', page);
    await page.click('button:has-text("Offentliggør redegørelsen")');
    await page.waitForURL(meetingUrl);
    const accountPath = await page
      .locator('a:has-text("se den offentlige redegørelse")')
      .getAttribute('href');

    // 3b. A user of an organisation taking part reads the meeting, with no form to change it.
    actor = {
      kind: 'user',
      id: 'e2e-djurslandsbo',
      name: 'Frank Hedegaard',
      grants: [{ role: 'organisation', municipality: '707', organisationId: 'org-djurslandsbo' }],
    };
    await page.goto(meetingUrl);
    const readOnly = (await page.locator('main').textContent()) ?? '';
    expect(readOnly).toContain('Jeres organisation deltager i mødet');
    expect(readOnly).toContain('Præsentation: Boligselskabet Djurslandsbo');
    expect(readOnly).toContain(SUMMARY);
    expect(await page.locator('main form').count()).toBe(0);
    await check('organisationReads', page);

    // 4. The public account: the summary and who took part, not two assessments.
    actor = { kind: 'public' };
    await page.goto(`${base}${accountPath}`);
    const account = (await page.locator('main').textContent()) ?? '';
    expect(account).toContain('Referat/sammenfatning');
    expect(account).toContain(SUMMARY);
    expect(account).toContain('Kommunalbestyrelsesmedlemmer:');
    expect(account).not.toContain('Boligorganisationens vurdering');
    expect(await page.locator('.app-written-by').count()).toBe(0);
    await check('publicAccount', page);

    expect(visited).toEqual(Object.fromEntries(Object.keys(visited).map((k) => [k, []])));
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
    await context.close();
  }, 180_000);
});
