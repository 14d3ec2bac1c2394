/**
 * The set-up the e2e (real Chromium) tests share, as demo-app.ts is for route tests: the app
 * in-process on a real port with the demo data (and, for a real log-in, the demo users), one
 * Chromium for the file, pages at a viewport, a log-in through the /log-ind form as a demo user,
 * the import preview step, and the two page checks every e2e page gets (axe, sideways scroll).
 * Call `useE2eApp` inside `describe`: it registers the hooks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../../src/app/auth/demo-users.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { systemContext } from './auth.ts';
import { axeViolations, launchBrowser } from './browser.ts';
import { loadDemoInto } from './demo.ts';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.ts';

export const PHONE = { width: 390, height: 844 } as const;

export interface E2eAppOptions extends TestAppOptions {
  /** The demo data's "today" (default 2026-11-22); false starts on an empty database. */
  demoToday?: string | false;
  /**
   * Seed the demo users (password DEMO_PASSWORD) so that `logIn` works. Give no `resolveActor`
   * then, and a real clock (`now: new Date()`): Chromium keeps only cookies that are still live.
   */
  demoUsers?: boolean;
  /** More data, after the demo data and before the demo users and the app's listening. */
  prepare?: (t: TestApp) => Promise<unknown>;
  /** beforeAll's time limit (the demo load and Chromium's start). */
  setupTimeoutMs?: number;
}

export interface E2eApp {
  readonly t: TestApp;
  /** http://127.0.0.1:<port> */
  readonly base: string;
  readonly browser: Browser;
  /** A fresh browser context (Danish locale) and a page in it, at `viewport` (default a phone). */
  page(viewport?: { width: number; height: number }): Promise<Page>;
  /** Logs `page` in through the /log-ind form as a demo user; resolves on the front page. */
  logIn(page: Page, email: string): Promise<void>;
}

export function useE2eApp(options: E2eAppOptions = {}): E2eApp {
  const {
    demoToday = '2026-11-22',
    demoUsers = false,
    prepare,
    setupTimeoutMs = 60_000,
    ...appOptions
  } = options;
  let started: { t: TestApp; base: string; browser: Browser } | undefined;
  const current = () => {
    if (!started) throw new Error('useE2eApp: the app starts in beforeAll; use it inside a test');
    return started;
  };
  beforeAll(async () => {
    const t = await startTestApp(appOptions);
    if (demoToday !== false) await loadDemoInto(t.database, demoToday);
    await prepare?.(t);
    if (demoUsers) await runUseCase(seedDemoUsers, systemContext(t.database.db), {});
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    started = { t, base, browser: await launchBrowser() };
  }, setupTimeoutMs);
  afterAll(async () => {
    await started?.browser.close();
    await started?.t.close();
  });
  return {
    get t() {
      return current().t;
    },
    get base() {
      return current().base;
    },
    get browser() {
      return current().browser;
    },
    async page(viewport = PHONE) {
      const context = await current().browser.newContext({ locale: 'da-DK', viewport });
      return context.newPage();
    },
    logIn: (page, email) => logIn(page, current().base, email),
  };
}

/** The /log-ind form with the demo password; resolves when the front page is reached. */
export async function logIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/log-ind`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(`${base}/`);
}

/** How many CSS pixels the page itself scrolls sideways (0 when it reflows). */
export async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement as Element).scrollWidth - window.innerWidth);
}

/** Records axe violations and sideways scroll per named step, to compare once at the end. */
export function pageChecks(page: Page) {
  const violations: Record<string, string[]> = {};
  const overflow: Record<string, number> = {};
  return {
    violations,
    overflow,
    async check(name: string): Promise<void> {
      violations[name] = await axeViolations(page);
      overflow[name] = await sideways(page);
    },
  };
}

/** Pastes one agenda item's text on /politiske-sager/importer and asks for the preview. */
export async function previewImport(page: Page, base: string, pastedText: string): Promise<void> {
  await page.goto(`${base}/politiske-sager/importer`);
  await page.locator('#field-pastedText').fill(pastedText);
  await page.getByRole('button', { name: 'Vis sagen' }).click();
  await page.waitForLoadState();
}
