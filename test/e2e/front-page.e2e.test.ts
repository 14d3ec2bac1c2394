import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, launchBrowser, newContext } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe.runIf(chromiumAvailable())('front page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows a Danish page with a working skip link and no axe violations', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await expect(page.title()).resolves.toContain('Overblik');
    // The public's menu holds only what the public can open (getNavigation).
    expect(await page.locator('nav.nav[aria-label="Hovedmenu"] a').allTextContents()).toEqual([
      'Forside',
      'Offentlige redegørelser',
    ]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Gå til sidens indhold',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
