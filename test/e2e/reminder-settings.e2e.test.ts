/**
 * The reminder settings on /kommune in real Chromium at 390 px (issue 13 leftover): the admin
 * changes the days by keyboard only, a bad value is named at its field, the fixed values are
 * saved; the case officer reads them. axe: 0 violations and no sideways scroll on every page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { userWith } from '../support/actors.ts';
import { axeViolations, chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement as Element).scrollWidth - window.innerWidth);
}

describe.runIf(chromiumAvailable())('reminder settings, in Chromium at 390 px', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let actor: Actor = userWith('admin');

  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
    await loadDemoInto(t.database);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the admin sets the days by keyboard; a bad value is named at its field; the case officer reads them', async () => {
    const visited: Record<string, string[]> = {};
    const overflow: Record<string, number> = {};
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const check = async (name: string) => {
      visited[name] = await axeViolations(page);
      overflow[name] = Math.max(0, await sideways(page));
    };
    /** Replaces the focused field's text and moves on with Tab, as a keyboard user does. */
    const typeAndTab = async (text: string) => {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    };

    actor = userWith('admin');
    await page.goto(`${base}/kommune`);
    await check('form');
    // From the section's heading, Tab reaches the three fields and the button in order.
    await page.locator('#reminders-heading').evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-packageDaysBefore');
    await typeAndTab('tre uger');
    await typeAndTab('45');
    await typeAndTab('7');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Gem påmindelser');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('#field-packageDaysBefore-error').textContent()).toContain(
      'skal være et helt antal dage',
    );
    expect(await page.inputValue('#field-accountDaysAfter')).toBe('45');
    await check('refused');

    await page.focus('#field-packageDaysBefore');
    await typeAndTab('28');
    await page.focus('button:has-text("Gem påmindelser")');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(`${base}/kommune`);
    expect(await page.inputValue('#field-packageDaysBefore')).toBe('28');
    await check('saved');

    actor = userWith('caseOfficer');
    await page.goto(`${base}/kommune`);
    expect(await page.locator('main').textContent()).toContain(
      'Dokumentationspakke 28 dage før mødet, redegørelse 45 dage efter mødet, aftaler 7 dage før fristen',
    );
    expect(await page.locator('form[action="/kommune/paamindelser"]').count()).toBe(0);
    await check('caseOfficer');

    expect(visited).toEqual(Object.fromEntries(Object.keys(visited).map((k) => [k, []])));
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
    await context.close();
  }, 180_000);
});
