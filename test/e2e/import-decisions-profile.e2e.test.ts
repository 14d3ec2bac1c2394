/**
 * Issue 16 leftovers in real Chromium at 390 px: on the import preview a decision is removed and
 * one added with the keyboard only (the added one first refused without its body, errors at the
 * field), and the municipality pins a layout profile that the next preview says it used; the
 * title correction is remembered. axe on every page, no sideways scroll.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOfficer707 } from '../support/actors.ts';
import { axeViolations, chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Invented: a title label ("Emne:") the reader does not know, and a decision read from a bare heading. */
const item = (caseNumber: string, title: string) =>
  [
    `Sagsid.: ${caseNumber}`,
    'Økonomiudvalget',
    'Referat af mødet 14-05-2024 kl. 16.00',
    'Dagsordenspunkt 12 - åbent',
    `Emne: ${title}`,
    'Sagsgang: ØK, KB',
    'Sagsfremstilling',
    'Kommunen holder styringsdialog med alle boligorganisationer.',
    'Beslutning',
    'Anbefales.',
  ].join('\n');

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement as Element).scrollWidth - window.innerWidth);
}

describe.runIf(chromiumAvailable())('decisions added/removed and a pinned layout profile at 390 px', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => caseOfficer707 });
    await loadDemoInto(t.database);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('removes and adds decisions by keyboard, pins a profile, remembers the title — 0 axe violations', async () => {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const violations: Record<string, string[]> = {};
    const overflow: Record<string, number> = {};
    const check = async (name: string) => {
      violations[name] = await axeViolations(page);
      overflow[name] = await sideways(page);
    };

    await page.goto(`${base}/politiske-sager/importer`);
    await page.locator('#field-pastedText').fill(item('24/1234', 'Styringsdialog 2024'));
    await page.getByRole('button', { name: 'Vis sagen' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Kontrollér sagen');
    expect(await page.locator('.app-layout-used').textContent()).toContain(
      '"SBSYS dagsordensvisning", fundet ud fra linje 1 »Sagsid.: 24/1234«',
    );
    await check('preview');

    // Keyboard only: tick "remove" on the decision read, fill the added one without its body.
    await page.locator('#field-corrections-0-title').fill('Styringsdialog 2024');
    await page.locator('#field-corrections-0-decisions-0-remove').focus();
    await page.keyboard.press('Space');
    expect(await page.locator('#field-corrections-0-decisions-0-remove').isChecked()).toBe(true);
    await page.locator('#field-corrections-0-decisions-1-text').focus();
    await page.keyboard.type('Godkendt.');
    await page.getByRole('button', { name: 'Gem sagen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
    await expect(page.locator('h1').textContent()).resolves.toBe('Kontrollér sagen');
    expect(await page.locator('#field-corrections-0-decisions-1-body-error').textContent()).toContain(
      'Skriv organet',
    );
    expect(await page.locator('#field-corrections-0-decisions-0-remove').isChecked()).toBe(true);
    await check('refused');

    await page.locator('#field-corrections-0-decisions-1-body').focus();
    await page.keyboard.type('KB');
    await page.getByRole('button', { name: 'Gem sagen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/politiske-sager\/pc-.+\?gemt=1$/);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Styringsdialog 2024');
    expect(main).toContain('Godkendt');
    expect(main).not.toContain('Anbefales');

    // Pin a profile on the settings page with the keyboard.
    await page.goto(`${base}/politiske-sager/importer/rettelser`);
    expect(await page.locator('main table').textContent()).toContain(
      '"Emne:" foran en tekst er sagens titel',
    );
    await page.getByLabel('Netpublicator / Prism').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Gem layoutprofil' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/profil=1/);
    expect(await page.locator('[role=status]').textContent()).toContain('Layoutprofilen er gemt.');
    await check('profile');

    await page.goto(`${base}/politiske-sager/importer`);
    await page.locator('#field-pastedText').fill(item('24/5678', 'Regnskaber 2023'));
    await page.getByRole('button', { name: 'Vis sagen' }).click();
    expect(await page.locator('.app-layout-used').textContent()).toContain(
      '"Netpublicator / Prism", som kommunen har valgt.',
    );
    expect(await page.locator('#field-corrections-0-title').inputValue()).toBe('Regnskaber 2023');
    await check('pinned');

    expect(violations).toEqual({ preview: [], refused: [], profile: [], pinned: [] });
    expect(overflow).toEqual({ preview: 0, refused: 0, profile: 0, pinned: 0 });
    await context.close();
  }, 240_000);
});
