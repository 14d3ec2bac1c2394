/**
 * "Mine opgaver" and the reminder switch in real Chromium at 390 px (issue 13, point 8): the
 * case officer and the housing organisation's board see their own tasks on the front page, the
 * page reflows without sideways scroll and axe finds 0 violations; on /min-profil the reminders
 * are switched off with the keyboard alone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { copenhagenDate } from '../../src/domain/shared/copenhagen-date.ts';
import { axeViolations, chromiumAvailable } from '../support/browser.ts';
import { sideways, useE2eApp } from '../support/e2e-session.ts';
import { insertReminderMeetings } from '../support/reminder-meetings.ts';

describe.runIf(chromiumAvailable())('Mine opgaver at 390 px in Chromium', () => {
  const now = new Date();
  const e2e = useE2eApp({
    now,
    demoToday: copenhagenDate(now),
    demoUsers: true,
    prepare: (t) => insertReminderMeetings(t.database.db, copenhagenDate(now)),
  });

  async function phone(email: string): Promise<Page> {
    const page = await e2e.page();
    await e2e.logIn(page, email);
    return page;
  }

  it('the case officer sees the municipality’s tasks and the next meetings; no sideways scroll, 0 axe violations', async () => {
    const page = await phone('sagsbehandler@norddjurs.demo');
    const section = page.locator('section[aria-labelledby="my-tasks-heading"]');
    expect(await section.getByRole('heading', { name: 'Mine opgaver' }).isVisible()).toBe(true);
    expect(await section.textContent()).toContain(
      'Redegørelsen for »Styringsdialogmøde 2026 med Lyngbakken«',
    );
    expect(await section.getByRole('table').textContent()).toContain('Intet modtaget');
    expect(await sideways(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the board sees its own tasks only, opens one, and switches reminders off with the keyboard', async () => {
    const page = await phone('bestyrelse@djurslandsbo.demo');
    const section = page.locator('section[aria-labelledby="my-tasks-heading"]');
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('venter på godkendelse fra boligorganisationen');
    expect(text).not.toContain('Lyngbakken');
    expect(await sideways(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await section.getByRole('link', { name: /Referatet af/ }).click();
    await page.waitForURL(`${e2e.base}/moeder/rm-djurslandsbo-minutes`);

    await page.goto(`${e2e.base}/min-profil`);
    const button = page.getByRole('button', { name: 'Slå påmindelser fra' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/paamindelser=fra/);
    expect(await page.getByText('Påmindelserne er slået fra').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Slå påmindelser til' }).isVisible()).toBe(true);
    expect(await sideways(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
