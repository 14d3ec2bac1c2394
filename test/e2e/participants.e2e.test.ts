/**
 * Answering an invitation and changing participants, in real Chromium at 390 px (issue 13,
 * points 2 and 3): the invited participant opens the link from the mail without logging in and
 * sends a deputy by name; the case officer's meeting page then shows the deputy in the
 * participant table. The case officer adds an official (chosen under the unit) and removes her
 * again, by keyboard only. axe: 0 violations on every page; no horizontal scroll.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { createMeeting } from '../../src/app/meetings/create-meeting.ts';
import { inviteMeeting } from '../../src/app/meetings/invite-meeting.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { systemContext } from '../support/auth.ts';
import { axeViolations, chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const OFFICER: Actor = {
  kind: 'user',
  id: 'e2e-case-officer',
  name: 'Kasper Mølgaard',
  grants: [{ role: 'caseOfficer', municipality: '707' }],
};
const PUBLIC: Actor = { kind: 'public' };

/** Presses Enter on the focused button and waits for the POST-redirect-GET to land. */
async function submitByEnter(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe.runIf(chromiumAvailable())(
  'answering an invitation and editing participants, in Chromium at 390 px',
  () => {
    let t: TestApp;
    let browser: Browser;
    let base: string;
    let actor: Actor = OFFICER;
    let meetingPath = '';
    let token = '';
    let invitee = '';

    beforeAll(async () => {
      t = await startTestApp({
        resolveActor: async () => actor,
        clock: () => new Date('2027-09-01T08:00:00Z'),
      });
      await loadDemoInto(t.database, '2027-08-16');
      const ctx = { ...systemContext(t.database.db, new Date('2027-09-01T08:00:00Z')), today: '2027-09-01' };
      const { meeting } = await runUseCase(createMeeting, ctx, {
        municipality: '707',
        meeting: {
          obligationId: 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1',
          date: '2027-10-14',
          startTime: '10:00',
          endTime: '12:00',
          location: 'Rådhuset, Grenaa',
        },
      });
      await runUseCase(inviteMeeting, ctx, {
        municipality: '707',
        id: meeting.id,
        linkBase: 'https://sd.norddjurs.demo',
      });
      const mail = await t.database.db
        .selectFrom('outbox')
        .select(['to_name', 'body'])
        .where('kind', '=', 'meetingInvitation')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      token = /\/svar\?token=([A-Za-z0-9_-]+)/.exec(mail.body)?.[1] ?? '';
      invitee = mail.to_name ?? '';
      meetingPath = `/moeder/${meeting.id}`;
      base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      browser = await launchBrowser();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    const phone = () => browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 } });
    const participantRows = (page: Page) =>
      page
        .locator('#participants-heading ~ table tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );

    it('the invited participant sends a deputy from the mail link; the case officer sees the deputy', async () => {
      expect(token.length).toBeGreaterThan(20);
      const context = await phone();
      const page = await context.newPage();
      actor = PUBLIC;
      await page.goto(`${base}/svar?token=${token}`);
      expect(await page.locator('h1').textContent()).toBeTruthy();
      expect(await page.content()).toContain(`Svar for ${invitee}.`);
      const answerPage = await axeViolations(page);
      const answerOverflow = await horizontalOverflow(page);
      await page.getByLabel('Jeg sender en stedfortræder').check();
      await page.getByLabel('Stedfortræderens navn').fill('Ole Vikar');
      await page.getByRole('button', { name: 'Send svar' }).press('Enter');
      await page.waitForSelector('text=Tak – dit svar er registreret.');
      expect(await page.content()).toContain('Du sender Ole Vikar som stedfortræder.');
      const answered = await axeViolations(page);

      actor = OFFICER;
      await page.goto(`${base}${meetingPath}`);
      const rows = await participantRows(page);
      expect(rows).toContainEqual([
        'Ole Vikar',
        expect.any(String),
        `Stedfortræder for ${invitee}`,
        expect.any(String),
      ]);
      expect(rows.find((r) => r[0] === invitee)?.[3]).toBe('Afbud');
      const meetingPage = await axeViolations(page);
      const meetingOverflow = await horizontalOverflow(page);
      expect({ answerPage, answered, meetingPage }).toEqual({
        answerPage: [],
        answered: [],
        meetingPage: [],
      });
      expect({ answerOverflow, meetingOverflow }).toEqual({ answerOverflow: 0, meetingOverflow: 0 });
      await context.close();
    });

    it('adds an official chosen under her unit and removes her again, by keyboard', async () => {
      actor = OFFICER;
      const context = await phone();
      const page = await context.newPage();
      await page.goto(`${base}${meetingPath}`);

      // Open "Tilføj deltager" and choose by typing in the focused list, then submit with Enter.
      await page.locator('summary', { hasText: 'Tilføj deltager' }).focus();
      await page.keyboard.press('Enter');
      const person = page.getByLabel('Person', { exact: true });
      await person.focus();
      await page.keyboard.type('Karina Vrist');
      expect(await person.inputValue()).toBe('person-karina-vrist');
      expect(
        await person
          .locator('option[value="person-karina-vrist"]')
          .evaluate((o) => (o.parentElement as HTMLOptGroupElement).label),
      ).toBe('Social');
      await page.keyboard.press('Tab');
      await submitByEnter(page);
      expect((await participantRows(page)).map((r) => r[0])).toContain('Karina Vrist');
      const added = await axeViolations(page);

      await page.locator('summary', { hasText: 'Fjern deltager' }).focus();
      await page.keyboard.press('Enter');
      await page.getByLabel('Deltager', { exact: true }).focus();
      await page.keyboard.type('Karina Vrist');
      expect(await page.getByLabel('Deltager', { exact: true }).inputValue()).toBe(
        'person:person-karina-vrist',
      );
      await page.keyboard.press('Tab');
      await submitByEnter(page);
      expect((await participantRows(page)).map((r) => r[0])).not.toContain('Karina Vrist');
      // Only she got a message: her invitation and its cancellation.
      const hers = await t.database.db
        .selectFrom('meeting_invitation')
        .select(['method'])
        .where('to_name', '=', 'Karina Vrist')
        .orderBy('id')
        .execute();
      expect(hers.map((h) => h.method)).toEqual(['REQUEST', 'CANCEL']);
      const removed = await axeViolations(page);
      expect({ added, removed }).toEqual({ added: [], removed: [] });
      expect(await horizontalOverflow(page)).toBe(0);
      await context.close();
    });
  },
);
