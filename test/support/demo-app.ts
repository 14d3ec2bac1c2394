/**
 * The set-up most route tests share: the app in-process (test-app.ts) with the demo data loaded
 * afresh before each test, requests coming from an injected actor that each test starts as
 * (`as`) and may change (`actAs`), and `get`/`post` that carry a matching CSRF cookie and field
 * the way a browser's form would. Call it inside `describe`: it registers the hooks.
 *
 * For a real login (session cookie, CSRF read from the page) use auth.ts's logIn instead.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { resetDatabase } from './database.ts';
import { loadDemoInto } from './demo.ts';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.ts';

/** The double-submit pair: the `sd_csrf` cookie and the `_csrf` field carry the same token. */
export const DEMO_CSRF = 'c'.repeat(43);

export interface DemoAppOptions extends Omit<TestAppOptions, 'resolveActor'> {
  /** Who each test starts as. */
  as: Actor;
}

export interface DemoApp extends TestApp {
  /** From now on in this test, requests come from `actor`. */
  actAs(actor: Actor): void;
  get(url: string): Promise<LightMyRequestResponse>;
  /** A form post (urlencoded, with the CSRF field); fields as pairs keep repeated names. */
  post(url: string, fields: [string, string][] | Record<string, string>): Promise<LightMyRequestResponse>;
}

export function useDemoApp(options: DemoAppOptions): DemoApp {
  const { as, ...appOptions } = options;
  let started: TestApp | undefined;
  let actor = as;
  const current = (): TestApp => {
    if (!started) throw new Error('useDemoApp: the app starts in beforeAll; use it inside a test');
    return started;
  };
  beforeAll(async () => {
    started = await startTestApp({ ...appOptions, resolveActor: async () => actor });
  });
  afterAll(async () => {
    await started?.close();
  });
  beforeEach(async () => {
    actor = as;
    await resetDatabase(current().database.db);
    await loadDemoInto(current().database);
  });
  return {
    get app() {
      return current().app;
    },
    get database() {
      return current().database;
    },
    get deps() {
      return current().deps;
    },
    close: () => current().close(),
    actAs(next) {
      actor = next;
    },
    get: (url) => current().app.inject({ method: 'GET', url, headers: { cookie: `sd_csrf=${DEMO_CSRF}` } }),
    post: (url, fields) =>
      current().app.inject({
        method: 'POST',
        url,
        headers: { cookie: `sd_csrf=${DEMO_CSRF}`, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams([
          ['_csrf', DEMO_CSRF],
          ...(Array.isArray(fields) ? fields : Object.entries(fields)),
        ]).toString(),
      }),
  };
}
