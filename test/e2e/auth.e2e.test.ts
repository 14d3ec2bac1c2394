import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, ensureOrganisation, TEST_PASSWORD } from '../support/auth.ts';
import { axeViolations, chromiumAvailable, launchBrowser, newContext } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe.runIf(chromiumAvailable())('login and users pages in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date() });
    await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin', name: 'Ada Admin' });
    await ensureOrganisation(t.database.db, '707', 'org-djurslandsbo', '34183058');
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('logs in from a protected page, manages users without JavaScript errors, with 0 axe violations', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    // Script errors only: Chromium also logs the intended 401/400 answers of the forms.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${base}/brugere`);
    await page.waitForURL(/\/log-ind\?naeste=%2Fbrugere/);
    expect(await page.locator('h1').textContent()).toBe('Log ind');
    expect(await axeViolations(page)).toEqual([]);

    // A wrong password first: the error is announced and the form is still accessible.
    await page.getByLabel('E-mail').fill('admin@norddjurs.dk');
    await page.getByLabel('Adgangskode').fill('forkert forkert');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.locator('[role="alert"]').first().textContent()).resolves.toContain('forkert');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('E-mail').fill('admin@norddjurs.dk');
    await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL(`${base}/brugere`);
    expect(await page.locator('h1').textContent()).toBe('Brugere');
    expect(await page.locator('.portal-user').textContent()).toContain('Ada Admin');
    const cookie = (await context.cookies()).find((c) => c.name === 'sd_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await axeViolations(page)).toEqual([]);

    // Field errors, then a user created through the plain HTML form.
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await expect(page.locator('.form-error-message').first().textContent()).resolves.toContain(
      'Navnet mangler',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Navn', { exact: true }).fill('Bent Bestyrelse');
    await page.getByLabel('E-mail').fill('bent@djurslandsbo.dk');
    await page.getByLabel('Rolle').selectOption('organisation');
    await page.getByLabel('Boligorganisation').selectOption('org-djurslandsbo');
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await page.waitForURL(/\/brugere\/user-.+oprettet=1/);
    expect(await page.locator('h1').textContent()).toBe('Bent Bestyrelse');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${base}/revision`);
    expect(await page.locator('h1').textContent()).toBe('Revisionslog');
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);

    // "Log ud" in the header posts at once (with the CSRF token).
    await page.locator('.portal-user').getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/\/log-ind\?logget-ud=1/);
    expect(await page.locator('[role="status"]').textContent()).toContain('Du er logget ud');
    expect(errors).toEqual([]);
    await context.close();
    // Eight pages with an axe scan each: well over the default 30 s on a busy 2-core machine.
  }, 120_000);
});
