import { describe, expect, it } from 'vitest';
import { caseOfficer707 } from '../support/actors.ts';
import { axeViolations, chromiumAvailable, newContext } from '../support/browser.ts';
import { useE2eApp } from '../support/e2e-session.ts';

describe.runIf(chromiumAvailable())('registry pages in Chromium', () => {
  const e2e = useE2eApp({ resolveActor: async () => caseOfficer707 });

  it('walks organisations → one organisation → a person → bodies with 0 axe violations on each page', async () => {
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    const visited: Record<string, string[]> = {};

    await page.goto(`${e2e.base}/boligorganisationer`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Boligorganisationer');
    visited.list = await axeViolations(page);
    const rows = await page.locator('table tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(8);

    await page.locator('table tbody tr a').first().click();
    await page.waitForURL(/\/boligorganisationer\/.+/);
    expect(await page.locator('h2#departments-heading').textContent()).toMatch(/Afdelinger \(\d+/);
    visited.organisation = await axeViolations(page);

    await page.goto(`${e2e.base}/personer`);
    visited.people = await axeViolations(page);
    // The demo has one deliberate § 14 conflict, shown as a finding.
    expect(await page.locator('.alert-warning').textContent()).toContain('§ 14');
    await page.locator('table tbody tr a').first().click();
    await page.waitForURL(/\/personer\/.+/);
    visited.person = await axeViolations(page);

    await page.goto(`${e2e.base}/udvalg`);
    expect(await page.locator('h2').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('2022-2025'), expect.stringContaining('2026-2029')]),
    );
    visited.bodies = await axeViolations(page);

    expect(visited).toEqual({ list: [], organisation: [], people: [], person: [], bodies: [] });
    await context.close();
  });

  it('shows Overblik and the model versions side by side with 0 axe violations', async () => {
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.base}/?aar=2025`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Overblik 2025');
    expect(await page.locator('#summary-heading + ul').textContent()).toMatch(
      /Styringsdialogmøde afholdt med \d+ af \d+ boligorganisationer/,
    );
    expect(await page.locator('#summary-heading + ul').textContent()).toMatch(
      /Aftaler: \d+ opfyldt, \d+ i gang, \d+ over deadline\./,
    );
    // Status is text, not colour alone.
    expect(await page.locator('table .app-status').first().textContent()).toMatch(
      /Opfyldt|Ikke opfyldt|Udestående|Over frist/,
    );
    const overview = await axeViolations(page);

    await page.goto(`${e2e.base}/styringsmodeller`);
    const headers = await page.locator('thead th').allTextContents();
    expect(headers.join(' ')).toContain('Version 1');
    expect(headers.join(' ')).toContain('Version 2');
    expect(await page.locator('tbody').textContent()).toContain('22/8287');
    expect(await page.locator('.app-diff-label').allTextContents()).toContain('Ny i denne version');
    const models = await axeViolations(page);
    expect({ overview, models }).toEqual({ overview: [], models: [] });
    await context.close();
  });

  it('fills in the organisation form by keyboard, shows field errors accessibly, and saves once corrected', async () => {
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.base}/boligorganisationer/ny`);
    const empty = await axeViolations(page);
    await page.getByLabel('Navn', { exact: true }).fill('Boligforeningen Tastatur');
    await page.getByLabel('CVR-nummer').fill('12345678');
    await page.getByLabel('Aktiv fra').fill('2001-01-01');
    await page.getByLabel('Aktiv fra').press('Enter');
    await page.waitForSelector('.alert-error');
    expect(await page.locator('#field-cvr-error').textContent()).toContain('CVR');
    const withErrors = await axeViolations(page);
    await page.getByLabel('CVR-nummer').fill('10000009');
    await page.getByRole('button', { name: 'Gem' }).press('Enter');
    await page.waitForURL(/\/boligorganisationer\/org-/);
    expect(await page.locator('h1').textContent()).toBe('Boligforeningen Tastatur');

    await page.goto(`${e2e.base}/personer/ny`);
    const personForm = await axeViolations(page);
    expect({ empty, withErrors, personForm }).toEqual({ empty: [], withErrors: [], personForm: [] });
    await context.close();
  });

  it('downloads the organisation list as a semicolon CSV that Excel reads', async () => {
    const res = await fetch(`${e2e.base}/boligorganisationer.csv`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toContain('Navn;CVR;LBF-nummer');
    const bodies = await (await fetch(`${e2e.base}/udvalg.csv`)).text();
    expect(bodies.split('\r\n')[0]).toBe('Udvalg;Forkortelse;Valgperiode;Navn;Rolle');
    // 27 council members in each of the two election periods, plus the committees.
    expect(
      bodies.split('\r\n').filter((l) => l.startsWith('Kommunalbestyrelsen;KB;2026-2029;')),
    ).toHaveLength(27);
  });
});
