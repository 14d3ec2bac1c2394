/**
 * Which optional test tiers can run here. On a developer machine a missing Chromium or
 * PostgreSQL skips its tier with a visible message; under CI (CI=true, or the REQUIRE_* flags
 * that .ci/run sets) a missing one is a failure instead.
 */
import fs from 'node:fs';

export const inCi = process.env.CI === 'true';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromiumPath);
export const requireChromium = inCi || process.env.REQUIRE_CHROMIUM === '1';

export const postgresUrl = process.env.TEST_DATABASE_URL ?? null;
export const requirePostgres = inCi || process.env.REQUIRE_POSTGRES === '1';

/** Returns true when the tier should run; throws when it is required but unavailable. */
export function tierAvailable(name: string, available: boolean, required: boolean, why: string): boolean {
  if (available) return true;
  if (required) throw new Error(`Test tier "${name}" is required here but unavailable: ${why}`);
  console.warn(`[skip] ${name} tests skipped: ${why}`);
  return false;
}

export const sharedDir = new URL('../../../shared/', import.meta.url);
export const hasShared = fs.existsSync(sharedDir);

/** For tests that read ../shared: skip with a message on a machine without it, fail under CI. */
export function sharedAvailable(): boolean {
  return tierAvailable('shared seeds', hasShared, inCi, `${sharedDir.pathname} not found`);
}
