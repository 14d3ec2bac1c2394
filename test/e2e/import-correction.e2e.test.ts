/**
 * The import preview with corrections in real Chromium at 390 px (issue 16, pt 4): pasted page
 * text the reader is unsure of, the unsure fields marked in text, a bad correction refused with
 * errors at the fields (nothing saved), a good one saved and remembered — the second item of the
 * same layout then comes out right — and the remembered corrections listed and forgotten. axe on
 * every page, no sideways scroll, keyboard-only save.
 */
import { describe, expect, it } from 'vitest';
import { caseOfficer707 } from '../support/actors.ts';
import { chromiumAvailable } from '../support/browser.ts';
import { pageChecks, previewImport, useE2eApp } from '../support/e2e-session.ts';

/** Invented: a municipality's own case-number label ("Sagsreference") the reader does not know. */
const item = (caseNumber: string, title: string) =>
  [
    'Økonomiudvalget',
    'Referat af mødet 14-05-2024 kl. 16.00',
    `12. ${title}`,
    `Sagsreference: ${caseNumber}`,
    'Sagsgang: ØK, KB',
    'Sagsfremstilling',
    'Kommunen holder styringsdialog med alle boligorganisationer.',
    'Indstilling',
    'Direktionen indstiller, at',
    '1. redegørelsen godkendes',
    'Beslutning',
    'Anbefales.',
  ].join('\n');

describe.runIf(chromiumAvailable())('import preview with corrections in Chromium at 390 px', () => {
  const e2e = useE2eApp({ resolveActor: async () => caseOfficer707 });

  it('corrects, refuses bad text, saves, remembers, reuses and forgets — 0 axe violations', async () => {
    const page = await e2e.page();
    const { violations, overflow, check } = pageChecks(page);

    await previewImport(page, e2e.base, item('24/1234', 'Styringsdialog 2024'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Kontrollér sagen');
    const caseNumber = page.locator('#field-corrections-0-caseNumber');
    expect(await caseNumber.inputValue()).toBe('');
    // The unsure field says so in words, tied to the field.
    expect(await caseNumber.getAttribute('aria-describedby')).toContain(
      'field-corrections-0-caseNumber-confidence',
    );
    expect(await page.locator('#field-corrections-0-caseNumber-confidence').textContent()).toContain(
      'Usikker: Intet sagsnummer fundet.',
    );
    await check('preview');

    // A bad correction: errors at the fields, the summary links to them, nothing saved.
    await caseNumber.fill('uden tal');
    await page.locator('#field-corrections-0-decisions-0-date').fill('31-02-2024');
    await page.getByRole('button', { name: 'Gem sagen' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Kontrollér sagen');
    expect(await page.locator('.alert-error').textContent()).toContain('Der er 2 fejl i formularen');
    expect(await page.locator('#field-corrections-0-caseNumber-error').textContent()).toContain(
      'Sagsnummeret »uden tal« kan ikke læses',
    );
    expect(await caseNumber.inputValue()).toBe('uden tal');
    expect(
      await e2e.t.database.db
        .selectFrom('political_case')
        .select('id')
        .where('title', '=', 'Styringsdialog 2024')
        .execute(),
    ).toEqual([]);
    await check('refused');

    // Fix with the keyboard only, and save.
    await caseNumber.fill('24/1234');
    await page.locator('#field-corrections-0-decisions-0-date').fill('14-05-2024');
    await page.getByRole('button', { name: 'Gem sagen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/politiske-sager\/pc-.+\?gemt=1$/);
    expect(await page.locator('main').textContent()).toContain('24/1234');

    // The next item of the same layout: the case number comes out right.
    await previewImport(page, e2e.base, item('24/5678', 'Regnskaber 2023'));
    expect(await page.locator('#field-corrections-0-caseNumber').inputValue()).toBe('24/5678');

    await page.getByRole('link', { name: 'Se huskede rettelser' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Huskede rettelser');
    expect(await page.locator('main table').textContent()).toContain(
      '"Sagsreference" foran et nummer er sagsnummeret',
    );
    await check('list');
    await page.getByRole('button', { name: /Glem/ }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('Rettelsen er glemt.');
    expect(await page.locator('main').textContent()).toContain('Importen husker ingen rettelser endnu.');
    await check('forgotten');

    expect(violations).toEqual({ preview: [], refused: [], list: [], forgotten: [] });
    expect(overflow).toEqual({ preview: 0, refused: 0, list: 0, forgotten: 0 });
    await page.context().close();
  }, 180_000);
});
