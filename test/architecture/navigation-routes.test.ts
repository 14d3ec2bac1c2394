/**
 * The menu cannot drift from the routes: every link of the navigation (app/navigation) names the
 * same access policy as the page route it opens, taken from the registered route table; and for
 * every role of the demo users and the public, every link the menu shows opens (200) and every
 * link it leaves out does not (404, or the login page for the public).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessPolicy, Actor, Role } from '../../src/app/actor.ts';
import { getNavigation } from '../../src/app/navigation/get-navigation.ts';
import { mainLinkRules, userLinkRules } from '../../src/app/navigation/navigation-links.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { createUnitOfWork } from '../../src/db/unit-of-work.ts';
import { registeredPageRoutes } from '../../src/web/page-route.ts';
import { userWith } from '../support/actors.ts';
import { createTestUser } from '../support/auth.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const ROLES: Role[] = ['admin', 'caseOfficer', 'official', 'organisation', 'councilMember'];

function normalised(policy: AccessPolicy | null): string {
  if (policy === null) return 'none';
  return 'public' in policy ? 'public' : [...policy.roles].sort().join(',');
}

describe('the navigation and the page routes', () => {
  let t: TestApp;
  let actor: Actor = { kind: 'public' };
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
    await loadDemoInto(t.database);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives every menu link the access policy of the page route it opens', () => {
    for (const rule of [...mainLinkRules, ...userLinkRules]) {
      const route = registeredPageRoutes.find((r) => r.method === 'GET' && r.url === rule.href);
      expect(route, `no GET page route for menu link ${rule.href}`).toBeDefined();
      expect(normalised(rule.access), rule.href).toBe(normalised(route?.access ?? null));
    }
  });

  const actors: [string, Actor][] = [
    ['public', { kind: 'public' }],
    ...ROLES.map((role): [string, Actor] => [
      role,
      userWith(role, '707', role === 'organisation' ? 'org-djurslandsbo' : undefined),
    ]),
  ];

  for (const [name, template] of actors) {
    it(`shows ${name} exactly the pages that open`, async () => {
      // A stored account, since some pages (Mine adgange) show the viewer's own record.
      const who: Actor =
        template.kind === 'user'
          ? {
              ...template,
              id: (
                await createTestUser(t.database.db, {
                  email: `${name.toLowerCase()}@nav.test`,
                  role: template.grants[0]?.role ?? 'official',
                  organisationId: template.grants[0]?.organisationId,
                })
              ).id,
            }
          : template;
      actor = who;
      const nav = await runUseCase(
        getNavigation,
        {
          actor: who,
          today: '2026-11-22',
          requestId: 'nav-test',
          uow: createUnitOfWork(t.database.db, { actor: 'test', requestId: 'nav-test' }),
        },
        {},
      );
      const shown = new Set([...nav.main, ...(nav.user?.links ?? [])].map((l) => l.href));
      for (const rule of [...mainLinkRules, ...userLinkRules]) {
        const res = await t.app.inject({ method: 'GET', url: rule.href });
        if (shown.has(rule.href)) {
          expect(res.statusCode, `${name} is shown ${rule.href}`).toBe(200);
        } else if (who.kind === 'public') {
          expect(res.statusCode, `${name} is not shown ${rule.href}`).toBe(303);
          expect(res.headers.location).toMatch(/^\/log-ind/);
        } else {
          expect(res.statusCode, `${name} is not shown ${rule.href}`).toBe(404);
        }
      }
      // The page renders the same menu: its links are exactly the shown ones.
      const front = await t.app.inject({ method: 'GET', url: '/' });
      const desktopMenu = front.body.slice(
        front.body.indexOf('<nav class="nav"'),
        front.body.indexOf('</nav>'),
      );
      const rendered = [...desktopMenu.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(rendered).toEqual(nav.main.map((l) => l.href));
    });
  }
});
