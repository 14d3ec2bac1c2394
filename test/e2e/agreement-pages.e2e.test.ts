import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { caseOfficer707, userWith } from '../support/actors.ts';
import { axeViolations, chromiumAvailable, newContext } from '../support/browser.ts';
import { useE2eApp } from '../support/e2e-session.ts';

describe.runIf(chromiumAvailable())('agreement pages in Chromium', () => {
  let actor: Actor = caseOfficer707;
  const e2e = useE2eApp({ resolveActor: async () => actor });

  it('has 0 axe violations on every agreement page, forms with errors included', async () => {
    actor = caseOfficer707;
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    const visited: Record<string, string[]> = {};

    await page.goto(`${e2e.base}/aftaler`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Aftaler');
    visited.list = await axeViolations(page);
    await page.selectOption('#field-objectiveArea', 'letting');
    await page.check('#field-overdue');
    await page.click('button:has-text("Vis aftaler")');
    await page.waitForURL(/objectiveArea=letting/);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    visited.filtered = await axeViolations(page);

    await page.goto(`${e2e.base}/aftaler/maalomraader`);
    visited.areas = await axeViolations(page);
    await page.goto(`${e2e.base}/aftaler/over-deadline`);
    visited.overdue = await axeViolations(page);

    await page.goto(`${e2e.base}/aftaler/agr-djurslandsbo-2024-1`);
    expect(await page.locator('#proposals-heading').count()).toBe(1);
    visited.detail = await axeViolations(page);

    // Closing without a note, in the browser: the page comes back with the error next to the field.
    await page.goto(`${e2e.base}/aftaler/agr-djurslandsbo-2025-1`);
    await page.selectOption('#field-status', 'fulfilled');
    await page.click('button:has-text("Gem status")');
    await page.waitForSelector('#field-note-error');
    expect(await page.locator('#field-note-error').textContent()).toContain('Skriv en note');
    visited.statusError = await axeViolations(page);

    await page.goto(`${e2e.base}/aftaler/ny`);
    visited.newChooser = await axeViolations(page);
    await page.selectOption('#field-organisation', 'org-nordlyset');
    await page.click('button:has-text("Videre")');
    await page.waitForURL(/organisation=org-nordlyset/);
    await page.click('button:has-text("Gem aftalen")');
    await page.waitForSelector('.alert-error');
    visited.newWithErrors = await axeViolations(page);

    await page.goto(`${e2e.base}/aftaler/agr-kattegatkysten-2025-1/ret`);
    visited.edit = await axeViolations(page);
    await page.goto(`${e2e.base}/aftaler/statusfil`);
    visited.statusFile = await axeViolations(page);
    await page.goto(`${e2e.base}/aftaler/dokument`);
    visited.documentChooser = await axeViolations(page);
    await page.goto(`${e2e.base}/aftaler/dokument/org-kattegatkysten/2025`);
    visited.document = await axeViolations(page);

    await page.goto(`${e2e.base}/boligorganisationer/org-djurslandsbo`);
    expect(await page.locator('#agreements-heading').textContent()).toMatch(/Aftaler over årene \(\d+\)/);
    visited.organisationTimeline = await axeViolations(page);

    expect(visited).toEqual({
      list: [],
      filtered: [],
      areas: [],
      overdue: [],
      detail: [],
      statusError: [],
      newChooser: [],
      newWithErrors: [],
      edit: [],
      statusFile: [],
      documentChooser: [],
      document: [],
      organisationTimeline: [],
    });
    await context.close();
  }, 180_000);

  it('has 0 axe violations on the organisation user’s agreement page with the progress form', async () => {
    actor = userWith('organisation', '707', 'org-djurslandsbo');
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.base}/aftaler/agr-djurslandsbo-2023-1`);
    expect(await page.locator('#propose-heading').count()).toBe(1);
    const violations = await axeViolations(page);
    await page.click('button:has-text("Send indberetning")');
    await page.waitForSelector('.alert-error');
    expect({ form: violations, errors: await axeViolations(page) }).toEqual({ form: [], errors: [] });
    await context.close();
  }, 60_000);

  it('lays the department checkboxes out one per line, ticked when their label is clicked', async () => {
    actor = caseOfficer707;
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.base}/aftaler/ny?organisation=org-nordlyset`);
    const boxes = page.locator('input[name="departmentIds"]');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(1);
    const tops = new Set<number>();
    for (let i = 0; i < count; i++) tops.add(Math.round((await boxes.nth(i).boundingBox())?.y ?? -1));
    expect(tops.size).toBe(count);
    const second = boxes.nth(1);
    await page.click(`label[for="${await second.getAttribute('id')}"]`);
    expect(await second.isChecked()).toBe(true);
    expect(await boxes.nth(0).isChecked()).toBe(false);
    // The box is drawn by the label (DKFDS): a tick, not an empty square, once checked.
    const tick = await page.evaluate(
      (id) => getComputedStyle(document.querySelector(`label[for="${id}"]`)!, '::before').backgroundColor,
      await second.getAttribute('id'),
    );
    expect(tick).not.toBe('rgb(255, 255, 255)');
    await context.close();
  }, 60_000);

  it('draws each checkbox beside its label, not as a stray box elsewhere on the page', async () => {
    actor = caseOfficer707;
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    for (const [url, id] of [
      ['/aftaler', 'field-overdue'],
      ['/aftaler/statusfil', 'field-dryRun'],
    ] as const) {
      await page.goto(`${e2e.base}${url}`);
      const input = await page.locator(`#${id}`).boundingBox();
      const label = await page.locator(`label[for="${id}"]`).boundingBox();
      expect(input && label, url).toBeTruthy();
      expect(Math.abs((input?.y ?? 0) - (label?.y ?? 1000)), url).toBeLessThan(20);
      expect(Math.abs((input?.x ?? 0) - (label?.x ?? 1000)), url).toBeLessThan(40);
    }
    await context.close();
  }, 60_000);
});
