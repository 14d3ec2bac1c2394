/**
 * "Mine opgaver" and the reminder switch in real Chromium at 390 px (issue 13, point 8): the
 * case officer and the housing organisation's board see their own tasks on the front page, the
 * page reflows without sideways scroll and axe finds 0 violations; on /min-profil the reminders
 * are switched off with the keyboard alone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../../src/app/auth/demo-users.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { copenhagenDate } from '../../src/domain/shared/copenhagen-date.ts';
import { systemContext } from '../support/auth.ts';
import { axeViolations, chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { loadDemoInto } from '../support/demo.ts';
import { insertReminderMeetings } from '../support/reminder-meetings.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe.runIf(chromiumAvailable())('Mine opgaver at 390 px in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const now = new Date();
    t = await startTestApp({ now });
    await loadDemoInto(t.database, copenhagenDate(now));
    await runUseCase(seedDemoUsers, systemContext(t.database.db), {});
    await insertReminderMeetings(t.database.db, copenhagenDate(now));
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function phone(email: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/log-ind`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL(`${base}/`);
    return page;
  }

  const sideways = (page: Page) =>
    page.evaluate(() => (document.scrollingElement as Element).scrollWidth > window.innerWidth);

  it('the case officer sees the municipality’s tasks and the next meetings; no sideways scroll, 0 axe violations', async () => {
    const page = await phone('sagsbehandler@norddjurs.demo');
    const section = page.locator('section[aria-labelledby="my-tasks-heading"]');
    expect(await section.getByRole('heading', { name: 'Mine opgaver' }).isVisible()).toBe(true);
    expect(await section.textContent()).toContain(
      'Redegørelsen for »Styringsdialogmøde 2026 med Lyngbakken«',
    );
    expect(await section.getByRole('table').textContent()).toContain('Intet modtaget');
    expect(await sideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the board sees its own tasks only, opens one, and switches reminders off with the keyboard', async () => {
    const page = await phone('bestyrelse@djurslandsbo.demo');
    const section = page.locator('section[aria-labelledby="my-tasks-heading"]');
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('venter på godkendelse fra boligorganisationen');
    expect(text).not.toContain('Lyngbakken');
    expect(await sideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await section.getByRole('link', { name: /Referatet af/ }).click();
    await page.waitForURL(`${base}/moeder/rm-djurslandsbo-minutes`);

    await page.goto(`${base}/min-profil`);
    const button = page.getByRole('button', { name: 'Slå påmindelser fra' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/paamindelser=fra/);
    expect(await page.getByText('Påmindelserne er slået fra').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Slå påmindelser til' }).isVisible()).toBe(true);
    expect(await sideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
