/**
 * The briefing (/orientering) as a council member sees it in Chromium, at 1280 px and at 390 px:
 * axe finds 0 violations; the page never scrolls sideways (only tables may, inside their own
 * box); every chart fits its column; at 1280 px charts stand two abreast, at 390 px one under
 * the other; and a screenshot of the first chart shows the chart drawn — the organisation's line
 * in its colour (#0059b3) and the median's in grey — not a blank or clipped box.
 *
 * SCREENSHOT_DIR=/tmp/shots saves full-page screenshots to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoMeetingHistory } from '../../src/app/meetings/load-demo-meeting-history.ts';
import { demoOrganisations } from '../../src/domain/registry/demo-organisations.ts';
import { systemContext } from '../support/auth.ts';
import { axeViolations, chromiumAvailable } from '../support/browser.ts';
import { useE2eApp } from '../support/e2e-session.ts';

const ACTIVE = demoOrganisations().filter((o) => o.kind === 'housingOrganisation' && o.activeTo === null);

const VIEWPORTS = [
  { name: '1280', viewport: { width: 1280, height: 900 }, columns: 2 },
  { name: '390', viewport: { width: 390, height: 844 }, columns: 1 },
] as const;

describe.runIf(chromiumAvailable())('the briefing in Chromium', () => {
  const shots = process.env.SCREENSHOT_DIR;
  // A real clock: the session cookie's expiry is reckoned from it, and Chromium keeps only live cookies.
  const e2e = useE2eApp({
    now: new Date(),
    demoUsers: true,
    setupTimeoutMs: 120_000,
    prepare: (t) =>
      loadDemoMeetingHistory(
        { ...systemContext(t.database.db), today: '2026-11-22' },
        { linkBase: 'http://localhost:3000' },
      ),
  });
  beforeAll(() => {
    if (shots) fs.mkdirSync(shots, { recursive: true });
  });

  /** Distinct colours in a PNG, and whether given colours occur, read in a blank page's canvas. */
  async function colours(page: Page, png: Buffer, wanted: string[]) {
    const blank = await page.context().newPage();
    const out = await blank.evaluate(
      async ({ src, wanted }) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const c = canvas.getContext('2d') as CanvasRenderingContext2D;
        c.drawImage(img, 0, 0);
        const data = c.getImageData(0, 0, img.width, img.height).data;
        const seen = new Set<string>();
        for (let i = 0; i < data.length; i += 4) {
          seen.add(
            `#${[data[i], data[i + 1], data[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`,
          );
        }
        return { distinct: seen.size, found: wanted.filter((w) => seen.has(w)) };
      },
      { src: `data:image/png;base64,${png.toString('base64')}`, wanted },
    );
    await blank.close();
    return out;
  }

  for (const v of VIEWPORTS) {
    it(`at ${v.name} px: every organisation with charts, no sideways scroll, 0 axe violations`, async () => {
      const page = await e2e.page(v.viewport);
      await e2e.logIn(page, 'politiker@norddjurs.demo');
      if (shots) await page.screenshot({ path: path.join(shots, `front-${v.name}.png`), fullPage: true });
      // Council members find the briefing on their front page.
      await page
        .getByRole('link', { name: /Sådan går det i de almene boligorganisationer/ })
        .first()
        .click();
      await page.waitForURL(/\/orientering/);
      await page.goto(`${e2e.base}/orientering?aar=2026`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Sådan går det i de almene boligorganisationer',
      );
      for (const o of ACTIVE) {
        const section = page.locator(`section[aria-labelledby="org-${o.id}"]`);
        expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(o.name);
        expect(await section.locator('svg.trend-chart').count()).toBeGreaterThan(0);
      }

      const layout = await page.evaluate(() => {
        const root = document.scrollingElement as Element;
        const figures = Array.from(document.querySelectorAll('.app-briefing-section'))[0]?.querySelectorAll(
          'figure.app-trend',
        );
        const boxes = Array.from(figures ?? []).map((f) => f.getBoundingClientRect());
        const charts = Array.from(document.querySelectorAll('svg.trend-chart')).map((svg) => {
          const s = svg.getBoundingClientRect();
          const f = (svg.closest('figure') as Element).getBoundingClientRect();
          return { svgRight: s.right, figureRight: f.right, width: s.width, height: s.height };
        });
        return {
          overflow: root.scrollWidth - window.innerWidth,
          firstRowTops: boxes.filter((b) => Math.abs(b.top - (boxes[0]?.top ?? 0)) < 2).length,
          charts,
          innerWidth: window.innerWidth,
        };
      });
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.firstRowTops).toBe(v.columns);
      for (const c of layout.charts) {
        expect(c.svgRight).toBeLessThanOrEqual(c.figureRight + 1);
        expect(c.svgRight).toBeLessThanOrEqual(layout.innerWidth);
        expect(c.width).toBeGreaterThan(200);
        // The SVG keeps its aspect (602 × 264 ± the legend's width): not squashed flat.
        expect(c.height / c.width).toBeGreaterThan(0.3);
      }

      const chart = page.locator('svg.trend-chart').first();
      await chart.scrollIntoViewIfNeeded();
      const shot = await chart.screenshot();
      const seen = await colours(page, shot, ['#0059b3', '#5c5c5c']);
      expect(seen.found).toEqual(['#0059b3', '#5c5c5c']);
      expect(seen.distinct).toBeGreaterThan(10);
      if (shots) await page.screenshot({ path: path.join(shots, `briefing-${v.name}.png`), fullPage: true });

      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});
