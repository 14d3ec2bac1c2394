/**
 * Phones and zoom (WCAG 2.1 SC 1.4.10 Reflow, 1.4.4 Resize text — binding through
 * webtilgængelighedsloven): for every demo role and the public, at 390 px (a phone) and at
 * 1280 px with 200 % browser zoom, the header's menu button opens the DKFDS mobile drawer, a menu
 * link navigates, and "Log ud" in the drawer logs out. On every page visited: no element of the
 * header measures 0×0 where it should be seen, no page-level sideways scroll (only table
 * containers may scroll), and axe finds 0 violations.
 *
 * How 200 % zoom is emulated: browser zoom makes one CSS pixel two device pixels, so a 1280×800
 * window zoomed to 200 % lays the page out in a 640×400 CSS-pixel viewport with
 * devicePixelRatio 2 — media queries, innerWidth and reflow see 640 px. That is exactly what a
 * 640×400 viewport with deviceScaleFactor 2 gives. (`deviceScaleFactor` alone only sharpens the
 * pixels; CSS `zoom` on body leaves media queries and innerWidth at 1280; CDP
 * `Emulation.setPageScaleFactor` is pinch zoom, which pans instead of reflowing.)
 *
 * SCREENSHOT_DIR=/tmp/shots saves a PNG of every page visited, to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../src/app/auth/demo-users.ts';
import { axeViolations, chromiumAvailable } from '../support/browser.ts';
import { useE2eApp } from '../support/e2e-session.ts';

const VIEWPORTS = [
  { name: 'phone 390 px', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
  { name: '1280 px at 200 % zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

/** Pages each role visits besides its menu (detail pages and forms with the widest content). */
const EXTRA_PAGES: Record<string, string[]> = {
  admin: ['/brugere', '/revision', '/kommune', '/boligorganisationer/org-djurslandsbo', '/personer'],
  caseOfficer: [
    '/aftaler/ny?organisation=org-djurslandsbo',
    '/aftaler/over-deadline',
    '/moeder/planlaeg',
    '/moeder/udbakke',
    '/boligorganisationer/org-djurslandsbo/afdelinger/ny',
    '/udvalg',
    '/politiske-sager/importer',
  ],
  official: ['/kommune', '/personer'],
  organisation: ['/boligorganisationer/org-djurslandsbo'],
  councilMember: ['/udvalg'],
  public: ['/tilgaengelighed', '/privatliv', '/log-ind'],
};

interface Who {
  key: string;
  email: string | null;
}

const WHO: Who[] = [
  ...demoUsers().map((u) => ({ key: u.grant.role, email: u.email })),
  { key: 'public', email: null },
];

describe.runIf(chromiumAvailable())('phone and 200 % zoom in Chromium', () => {
  const shots = process.env.SCREENSHOT_DIR;
  const e2e = useE2eApp({ now: new Date(), demoUsers: true });
  beforeAll(() => {
    if (shots) fs.mkdirSync(shots, { recursive: true });
  });

  /** Header elements that must be seen: anything inside the header that is laid out at 0×0. */
  async function hiddenHeaderElements(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const out: string[] = [];
      const drawerOpen = document.body.classList.contains('mobile-nav-active');
      for (const el of Array.from(document.querySelectorAll('header a, header button'))) {
        // Inside the closed drawer, or the desktop menu replaced by the drawer: hidden on purpose.
        const inDrawer = el.closest('.mobile-drawer') !== null;
        if (inDrawer && !drawerOpen) continue;
        const style = getComputedStyle(el);
        const hiddenByDesign =
          el.closest('.navigation-menu, .portal-user') !== null &&
          getComputedStyle(el.closest('.navigation-menu, .portal-user') as Element).display === 'none';
        if (hiddenByDesign || style.visibility === 'hidden') continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) out.push(`${el.tagName} "${el.textContent?.trim()}"`);
      }
      return out;
    });
  }

  /** Sideways scroll of the page itself (tables scroll inside their own container). */
  async function sidewaysOverflow(page: Page): Promise<string | null> {
    return page.evaluate(() => {
      const root = document.scrollingElement as Element;
      if (root.scrollWidth <= window.innerWidth) return null;
      const wide = Array.from(document.querySelectorAll('body *'))
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        // Inside a box that scrolls sideways itself (tables): allowed.
        .filter((el) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if (o === 'auto' || o === 'scroll') return false;
          }
          return true;
        })
        .slice(0, 4)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return `scrollWidth ${root.scrollWidth} > ${window.innerWidth}: ${wide.join(', ')}`;
    });
  }

  /** DKFDS draws each box on its label: an invisible input must lie on its own label's box. */
  async function misplacedCheckboxes(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLInputElement>('main input.form-checkbox, main input.form-radio'),
      )
        .filter((input) => {
          const label = document.querySelector(`label[for="${input.id}"]`);
          if (!label) return true;
          const i = input.getBoundingClientRect();
          const l = label.getBoundingClientRect();
          return Math.abs(i.top - l.top) > l.height || i.left < l.left - 2 || i.left > l.left + 8;
        })
        .map((input) => input.id),
    );
  }

  async function check(page: Page, label: string, problems: string[]): Promise<void> {
    await page.waitForFunction(() => document.readyState === 'complete');
    if (shots) {
      const file = `${label.replace(/[^a-z0-9]+/gi, '_')}.png`;
      await page.screenshot({ path: path.join(shots, file), fullPage: false });
    }
    const hidden = await hiddenHeaderElements(page);
    if (hidden.length > 0) problems.push(`${label}: header elements at 0×0: ${hidden.join(', ')}`);
    const misplaced = await misplacedCheckboxes(page);
    if (misplaced.length > 0)
      problems.push(`${label}: checkboxes away from their labels: ${misplaced.join(', ')}`);
    const overflow = await sidewaysOverflow(page);
    if (overflow) problems.push(`${label}: ${overflow}`);
    const violations = await axeViolations(page);
    if (violations.length > 0) problems.push(`${label}: axe ${violations.join(' | ')}`);
  }

  async function openMenu(page: Page): Promise<void> {
    const button = page.locator('.button-menu-open');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await page.locator('.mobile-drawer.is-visible').waitFor();
    expect(await page.evaluate(() => document.body.classList.contains('mobile-nav-active'))).toBe(true);
  }

  for (const v of VIEWPORTS) {
    for (const who of WHO) {
      it(`${who.key} at ${v.name}: opens the menu, navigates, logs out; pages reflow with 0 axe violations`, async () => {
        const context: BrowserContext = await e2e.browser.newContext({
          locale: 'da-DK',
          viewport: v.viewport,
          deviceScaleFactor: v.deviceScaleFactor,
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const problems: string[] = [];
        const label = (p: string) => `${who.key} ${v.name} ${p}`;

        if (who.email) await e2e.logIn(page, who.email);
        else await page.goto(`${e2e.base}/`);
        // The desktop menu is replaced by the menu button; the drawer holds the menu.
        expect(await page.locator('.navigation-menu').isVisible()).toBe(false);
        await check(page, label('/'), problems);

        await openMenu(page);
        await check(page, label('menu open'), problems);
        const links = await page
          .locator('.navigation-menu-mobile a.nav-link')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(links.length).toBeGreaterThan(1);
        if (who.email) {
          expect(await page.locator('.portal-info-mobile').textContent()).toContain('Log ud');
        } else {
          expect(await page.locator('.portal-info-mobile').textContent()).toContain('Log ind');
        }

        // Navigate through the drawer: the last menu link, then every other one directly.
        const target = links[links.length - 1] as string;
        await page.locator(`.navigation-menu-mobile a.nav-link[href="${target}"]`).click();
        await page.waitForURL(`${e2e.base}${target}`);
        expect(await page.locator('.mobile-drawer').isVisible()).toBe(false);
        await check(page, label(target), problems);

        for (const href of [...links.slice(0, -1), ...(EXTRA_PAGES[who.key] ?? [])]) {
          if (href === '/') continue;
          const response = await page.goto(`${e2e.base}${href}`);
          expect(response?.status(), `${label(href)} answers`).toBe(200);
          await check(page, label(href), problems);
        }

        if (who.email) {
          await openMenu(page);
          await page.locator('.portal-info-mobile button:has-text("Log ud")').click();
          await page.waitForURL(/\/log-ind\?logget-ud=1/);
          expect(await page.locator('.portal-info-mobile').textContent()).toContain('Log ind');
          const me = await page.goto(`${e2e.base}/brugere`);
          expect(me?.url()).toContain('/log-ind?naeste=');
        }
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }, 180_000);
    }
  }

  it('draws a tick in the DKFDS checkbox that is clicked, each beside its own label', async () => {
    const page = await e2e.page();
    await e2e.logIn(page, 'sagsbehandler@norddjurs.demo');
    await page.goto(`${e2e.base}/boligorganisationer/org-djurslandsbo/afdelinger/ny`);
    const box = page.locator('input.form-checkbox').first();
    const id = await box.getAttribute('id');
    const tick = () =>
      page.evaluate(
        (forId) =>
          getComputedStyle(document.querySelector(`label[for="${forId}"]`) as Element, '::before')
            .backgroundImage,
        id,
      );
    const before = await tick();
    await page.locator(`label[for="${id}"]`).click();
    expect(await box.isChecked()).toBe(!before.includes('check-white'));
    expect(await tick()).toContain(before.includes('check-white') ? 'none' : 'check-white');
    expect(await misplacedCheckboxes(page)).toEqual([]);
    await page.context().close();
  });
});
