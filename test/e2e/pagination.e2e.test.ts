/**
 * The DKFDS pagination on a paged list (issue 18) in real Chromium: the audit log of the demo
 * with 400 more entries (nine pages) at 1280 px and at 390 px — 0 axe violations,
 * no horizontal scroll, Danish labels, the filter kept on every page link, and reachable with
 * the keyboard alone (Tab to "Næste", Enter opens page 2). The same for the agreements list
 * (120 more agreements, a status filter kept) at 390 px.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOfficer707, userWith } from '../support/actors.ts';
import { axeViolations, chromiumAvailable, launchBrowser, newContext } from '../support/browser.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe.runIf(chromiumAvailable() || process.env.CI === 'true')('pagination in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => userWith('admin') });
    await loadDemoInto(t.database);
    await t.database.db
      .insertInto('audit_entry')
      .values(
        Array.from({ length: 400 }, (_, i) => ({
          municipality: '707',
          actor: 'system:test',
          action: 'update',
          entity: 'housingOrganisation',
          entity_id: `org-${i}`,
          before: null,
          after: null,
          request_id: `req-${i}`,
        })),
      )
      .execute();
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const width of [1280, 390]) {
    it(`pages the audit log at ${width} px: axe-clean, no horizontal scroll, keyboard`, async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${base}/revision?kommune=707&fra=2000-01-01`);
      const nav = page.locator('nav.pagination');
      await expect(nav.getAttribute('aria-label')).resolves.toBe('Sider i revisionsloggen');
      expect(await page.locator('table tbody tr').count()).toBe(50);
      expect(await nav.textContent()).toMatch(/Side 1 af \d+/);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);

      // Keyboard only: Tab until "Næste side" has focus, then Enter.
      let focused = '';
      for (let i = 0; i < 200 && !focused.includes('Næste'); i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      }
      expect(focused).toBe('Næste side');
      await page.keyboard.press('Enter');
      await page.waitForURL(/side=2/);
      expect(page.url()).toContain('fra=2000-01-01');
      expect(await page.locator('nav.pagination').textContent()).toMatch(/Side 2 af \d+/);
      expect(await page.locator('nav.pagination a[aria-current="page"]').textContent()).toContain('2');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }, 120_000);
  }
});

describe.runIf(chromiumAvailable() || process.env.CI === 'true')('agreements pagination in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => caseOfficer707 });
    await loadDemoInto(t.database);
    await t.database.db
      .insertInto('agreement')
      .values(
        Array.from({ length: 120 }, (_, i) => ({
          id: `agr-page-${String(i).padStart(3, '0')}`,
          municipality: '707',
          organisation_id: 'org-djurslandsbo',
          meeting_id: null,
          steering_year: 2020 + (i % 5),
          agreed_on: `${2020 + (i % 5)}-10-14`,
          objective_area: 'letting',
          department_ids: JSON.stringify([]),
          text: `Aftale nummer ${i} om udlejningen`,
          target: null,
          responsible: JSON.stringify({ kind: 'organisation' }),
          deadline: '2030-06-30',
          council_approval: null,
          status: 'inProgress',
        })),
      )
      .execute();
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('pages the agreements at 390 px with the filter kept: axe-clean, no horizontal scroll, keyboard', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${base}/aftaler?status=inProgress`);
    const nav = page.locator('nav.pagination');
    await expect(nav.getAttribute('aria-label')).resolves.toBe('Sider med aftaler');
    expect(await page.locator('table tbody tr').count()).toBe(50);
    expect(await nav.textContent()).toMatch(/Side 1 af 3/);
    expect(await axeViolations(page)).toEqual([]);
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    let focused = '';
    for (let i = 0; i < 300 && !focused.includes('Næste'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(focused).toBe('Næste side');
    await page.keyboard.press('Enter');
    await page.waitForURL(/side=2/);
    expect(page.url()).toContain('status=inProgress');
    expect(await page.locator('nav.pagination').textContent()).toMatch(/Side 2 af 3/);
    expect(await page.locator('select#field-status').inputValue()).toBe('inProgress');
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await context.close();
  }, 120_000);
});
