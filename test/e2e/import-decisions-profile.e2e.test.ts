/**
 * Issue 16 leftovers in real Chromium at 390 px: on the import preview a decision is removed and
 * one added with the keyboard only (the added one first refused without its body, errors at the
 * field), and the municipality pins a layout profile that the next preview says it used; the
 * title correction is remembered. axe on every page, no sideways scroll.
 */
import { describe, expect, it } from 'vitest';
import { caseOfficer707 } from '../support/actors.ts';
import { chromiumAvailable } from '../support/browser.ts';
import { pageChecks, previewImport, useE2eApp } from '../support/e2e-session.ts';

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

describe.runIf(chromiumAvailable())('decisions added/removed and a pinned layout profile at 390 px', () => {
  const e2e = useE2eApp({ resolveActor: async () => caseOfficer707 });

  it('removes and adds decisions by keyboard, pins a profile, remembers the title — 0 axe violations', async () => {
    const page = await e2e.page();
    const { violations, overflow, check } = pageChecks(page);

    await previewImport(page, e2e.base, item('24/1234', 'Styringsdialog 2024'));
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
    await page.goto(`${e2e.base}/politiske-sager/importer/rettelser`);
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

    await previewImport(page, e2e.base, item('24/5678', 'Regnskaber 2023'));
    expect(await page.locator('.app-layout-used').textContent()).toContain(
      '"Netpublicator / Prism", som kommunen har valgt.',
    );
    expect(await page.locator('#field-corrections-0-title').inputValue()).toBe('Regnskaber 2023');
    await check('pinned');

    expect(violations).toEqual({ preview: [], refused: [], profile: [], pinned: [] });
    expect(overflow).toEqual({ preview: 0, refused: 0, profile: 0, pinned: 0 });
    await page.context().close();
  }, 240_000);
});
