/**
 * Finding #11 of the hardening issue: contact data (e-mail, phone) of the people register only
 * for the roles that use it — admin and case officer (docs/security.md has the table). Checked
 * for every role on the API, the pages and the CSV download.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, NATIONAL, type Role } from '../../src/app/actor.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const OWN = '707';
const ORG = 'org-djurslandsbo';

function actorFor(role: Role): Actor {
  return {
    kind: 'user',
    id: `need-to-know-${role}`,
    name: `Test ${role}`,
    grants: [
      {
        role,
        municipality: role === 'nationalAdmin' ? NATIONAL : OWN,
        ...(role === 'organisation' ? { organisationId: ORG } : {}),
      },
    ],
  };
}

/** Whether each role sees contact data — the table in docs/security.md. */
const SEES_CONTACT: Record<Exclude<Role, 'nationalAdmin'>, boolean> = {
  admin: true,
  caseOfficer: true,
  official: false,
  councilMember: false,
  organisation: false,
};

describe('who sees e-mail and phone in the people register', () => {
  let t: TestApp;
  let role: Role = 'admin';
  let emails: string[] = [];
  let phones: string[] = [];
  let personId = '';

  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actorFor(role) });
    await loadDemoInto(t.database);
    const people = await t.database.db
      .selectFrom('person')
      .select(['id', 'email', 'phone'])
      .where('municipality', '=', OWN)
      .execute();
    emails = people.flatMap((p) => (p.email ? [p.email] : []));
    phones = people.flatMap((p) => (p.phone ? [p.phone] : []));
    personId = people.find((p) => p.email)?.id ?? '';
    // An organisation person with contact data, for the organisation page.
    expect(emails.length).toBeGreaterThan(5);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const leaks = (body: string) => [...emails, ...phones].filter((x) => body.includes(x));
  const get = (url: string, html = false) =>
    t.app.inject({ method: 'GET', url, headers: html ? { accept: 'text/html' } : {} });

  for (const r of Object.keys(SEES_CONTACT) as (keyof typeof SEES_CONTACT)[]) {
    it(`${r}: ${SEES_CONTACT[r] ? 'sees' : 'does not see'} contact data on API, pages and CSV`, async () => {
      role = r;
      const urls =
        r === 'organisation'
          ? [
              [`/api/v1/municipalities/${OWN}/organisations/${ORG}`, false],
              [`/boligorganisationer/${ORG}`, true],
            ]
          : [
              [`/api/v1/municipalities/${OWN}/people`, false],
              [`/api/v1/municipalities/${OWN}/people/${personId}`, false],
              [`/api/v1/municipalities/${OWN}/organisations/${ORG}`, false],
              ['/personer', true],
              [`/personer/${personId}`, true],
              ['/personer.csv', false],
              [`/boligorganisationer/${ORG}`, true],
            ];
      const seen: string[] = [];
      for (const [url, html] of urls as [string, boolean][]) {
        const res = await get(url, html);
        expect(res.statusCode, url).toBe(200);
        seen.push(...leaks(res.body));
        if (url.endsWith('/people'))
          expect((res.json() as { contactVisible: boolean }).contactVisible).toBe(SEES_CONTACT[r]);
        if (url === '/personer.csv') expect(res.body.includes('E-mail')).toBe(SEES_CONTACT[r]);
      }
      if (SEES_CONTACT[r]) expect(seen.length).toBeGreaterThan(0);
      else expect(seen).toEqual([]);
    });
  }

  it('the national administrator reaches no person of the municipality (issue 17)', async () => {
    role = 'nationalAdmin';
    for (const url of [
      `/api/v1/municipalities/${OWN}/people`,
      `/api/v1/municipalities/${OWN}/people/${personId}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(leaks(res.body)).toEqual([]);
    }
  });

  it('organisation users never reach the register itself', async () => {
    role = 'organisation';
    expect((await get(`/api/v1/municipalities/${OWN}/people`)).statusCode).toBe(404);
    expect((await get('/personer.csv')).statusCode).toBe(404);
  });
});
