import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS } from '../../src/domain/political-case/body-abbreviations.ts';
import type { PoliticalCase } from '../../src/domain/political-case/types.ts';
import { caseToPdfBlocks, renderTestPdf } from '../../src/importer/agenda/render-test-pdf.ts';
import { caseOfficer707 } from '../support/actors.ts';
import { axeViolations, chromiumAvailable, newContext } from '../support/browser.ts';
import { useE2eApp } from '../support/e2e-session.ts';

const agendaItem: PoliticalCase = {
  caseNumber: '25/3141',
  title: 'Opfølgning på styringsdialogen 2024',
  access: 'open',
  route: [
    { abbreviation: 'ØK', name: 'Økonomiudvalget' },
    { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
  ],
  sections: [
    { heading: 'Sagsfremstilling', text: 'Forvaltningen orienterer om årets styringsdialogmøder.' },
    { heading: 'Økonomiske konsekvenser', text: 'Ingen økonomiske konsekvenser.' },
  ],
  recommendation: {
    recommendedBy: 'Forvaltningen',
    intro: 'Forvaltningen indstiller, at',
    points: [{ number: 1, text: 'orienteringen tages til efterretning' }],
  },
  decisions: [
    {
      body: { abbreviation: 'ØK', name: 'Økonomiudvalget' },
      date: '2025-02-04',
      outcomes: [{ points: [1], outcome: 'Tiltrådt' }],
      text: 'Tiltrådt.',
      absences: [{ name: 'Anne Demo', party: 'Løsgænger', kind: 'apology' }],
    },
    {
      body: { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
      date: '2025-02-18',
      outcomes: [{ points: [1], outcome: 'Godkendt' }],
      text: 'Godkendt.',
      absences: [],
    },
  ],
  attachments: [],
};

describe.runIf(chromiumAvailable())('political cases in Chromium', () => {
  const e2e = useE2eApp({ resolveActor: async () => caseOfficer707 });

  it('uploads a PDF, previews it with its report, saves it and shows the case, 0 axe violations on each page', async () => {
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    const visited: Record<string, string[]> = {};
    // Two pages, so that the repeated footer is recognised as page furniture.
    const blocks = caseToPdfBlocks(agendaItem, NORDDJURS_BODY_ABBREVIATIONS).map((b) =>
      b.text === 'Indstilling' ? { ...b, pageBreakBefore: true } : b,
    );
    const pdf = await renderTestPdf(blocks, {
      footer: (n, of) => `Kommunalbestyrelsen 18-02-2025 – side ${n} af ${of}`,
    });

    await page.goto(`${e2e.base}/politiske-sager`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Politiske sager');
    expect(await page.locator('table tbody').textContent()).toContain('22/8287');
    visited.list = await axeViolations(page);

    await page.getByRole('link', { name: 'Importér dagsordenspunkt' }).click();
    await page.waitForURL(/\/politiske-sager\/importer$/);
    visited.upload = await axeViolations(page);
    // Submitting without a file gives a field-level error.
    await page.getByRole('button', { name: 'Vis sagen' }).click();
    expect(await page.locator('.form-error-message').textContent()).toContain('Vælg en fil');
    visited.uploadError = await axeViolations(page);

    await page.locator('input[type=file]').setInputFiles({
      name: 'dagsorden-25-3141.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdf),
    });
    await page.getByRole('button', { name: 'Vis sagen' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Kontrollér sagen');
    expect(await page.locator('#report-heading').textContent()).toContain('dagsorden-25-3141.pdf');
    expect(await page.locator('main').textContent()).toContain('Sagen er ny og bliver oprettet.');
    expect(await page.locator('main').textContent()).toContain('Afbud: Anne Demo (Løsgænger)');
    visited.preview = await axeViolations(page);
    expect(await e2e.t.database.db.selectFrom('political_case').select('id').execute()).toHaveLength(1);

    await page.getByRole('button', { name: 'Gem sagen' }).click();
    await page.waitForURL(/\/politiske-sager\/pc-.+\?gemt=1$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Opfølgning på styringsdialogen 2024');
    expect(await page.locator('[role=status]').textContent()).toContain('Sagen er gemt.');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('25/3141');
    expect(main).toContain('Økonomiudvalget (ØK) – besluttet 04-02-2025');
    expect(main).toContain('Kommunalbestyrelsen (KB) den 18-02-2025');
    expect(main).toContain('orienteringen tages til efterretning');
    // The repeated footer was left out of the case (the report names it), not read as an attachment.
    expect(await page.locator('section[aria-labelledby=case-attachments]').textContent()).toContain(
      'Ingen bilag.',
    );
    visited.detail = await axeViolations(page);

    expect(visited).toEqual({ list: [], upload: [], uploadError: [], preview: [], detail: [] });
    await context.close();
    // Five pages with axe each; the preview carries the correction form (issue 16).
  }, 120_000);

  it('shows the demo case linked to the 2022 model and the orientation draft, 0 axe violations', async () => {
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.base}/politiske-sager/pc-demo-22-8287`);
    expect(await page.locator('#model-heading + ul').textContent()).toContain('version 2');
    const caseViolations = await axeViolations(page);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Hent sagen som Markdown' }).click();
    expect((await download).suggestedFilename()).toBe('sag-22-8287.md');

    await page.goto(`${e2e.base}/politiske-sager/orientering`);
    await page.locator('#field-aar').fill('2025');
    await page.getByRole('button', { name: 'Lav udkast' }).click();
    await page.waitForURL(/aar=2025/);
    const draft = await page.locator('#draft-markdown').inputValue();
    expect(draft).toMatch(/^## Styringsdialog 2025 — orientering/);
    expect(draft).toContain('orienteringen tages til efterretning');
    expect(await page.locator('#draft-markdown').getAttribute('readonly')).not.toBeNull();
    const orientationViolations = await axeViolations(page);
    expect({ caseViolations, orientationViolations }).toEqual({
      caseViolations: [],
      orientationViolations: [],
    });
    await context.close();
  });
});
