/**
 * Danish alphabetical order on every carrier (issue 11, item 6): Aage, Zenia, Ærlig, Øjvind and
 * Åse come out as Zenia, Ærlig, Øjvind, Aage/Åse — on the pages, in the JSON API and in the CSV
 * exports, on PGlite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../src/app/registry/save-organisation.ts';
import { savePerson } from '../../src/app/registry/save-person.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { cvrCheckDigit } from '../../src/domain/registry/cvr.ts';
import { caseOfficer707 } from '../support/actors.ts';
import { ensureMunicipality, systemContext } from '../support/auth.ts';
import { databaseKinds, openTestDatabase } from '../support/database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Inserted in this order on purpose: neither insertion order nor code-unit order is Danish. */
const NAMES = ['Åse', 'Aage', 'Øjvind', 'Zenia', 'Ærlig'];

function expectDanishOrder(listed: string[]): void {
  expect(listed).toHaveLength(5);
  expect(listed.slice(0, 3)).toEqual(['Zenia', 'Ærlig', 'Øjvind']);
  expect(new Set(listed.slice(3))).toEqual(new Set(['Aage', 'Åse']));
}

/** The test names in the order they appear in a text (page or CSV). */
function orderIn(text: string): string[] {
  const at = NAMES.map((name) => ({ name, index: text.search(new RegExp(`[>;"]${name}[<;"\\s]`)) }));
  expect(at.filter((a) => a.index < 0).map((a) => a.name)).toEqual([]);
  return at.sort((a, b) => a.index - b.index).map((a) => a.name);
}

const cvrs = (() => {
  const out: string[] = [];
  for (let n = 2_000_000; out.length < NAMES.length; n++) {
    const check = cvrCheckDigit(String(n));
    if (check !== null) out.push(`${n}${check}`);
  }
  return out;
})();

for (const kind of databaseKinds()) {
  describe(`Danish order of names [${kind}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({
        database: await openTestDatabase(kind),
        resolveActor: async () => caseOfficer707,
      });
      await ensureMunicipality(t.database.db, '707', 'Norddjurs Kommune');
      const ctx = systemContext(t.database.db);
      for (const [i, name] of NAMES.entries()) {
        await runUseCase(createOrganisation, ctx, {
          municipality: '707',
          organisation: {
            name,
            cvr: cvrs[i],
            kind: 'housingOrganisation',
            seatMunicipality: '707',
            activeFrom: '01-01-2000',
          },
        });
        await runUseCase(savePerson, ctx, {
          municipality: '707',
          person: { name, email: `${i}@example.dk`, roles: [] },
        });
      }
    });
    afterAll(async () => {
      await t?.close();
    });

    const get = (url: string) => t.app.inject({ method: 'GET', url });

    it('sorts the organisation list page, API and CSV in Danish order', async () => {
      const page = await get('/boligorganisationer');
      expect(page.statusCode).toBe(200);
      expectDanishOrder(orderIn(page.body));

      const api = await get('/api/v1/municipalities/707/organisations');
      expect(api.statusCode).toBe(200);
      expectDanishOrder(api.json<{ organisations: { name: string }[] }>().organisations.map((o) => o.name));

      const csv = await get('/boligorganisationer.csv');
      expect(csv.statusCode).toBe(200);
      const names = csv.body
        .split('\r\n')
        .slice(1)
        .filter((line) => line !== '')
        .map((line) => line.split(';')[1] ?? '');
      expectDanishOrder(names);
    });

    it('sorts the people list page, API and CSV in Danish order', async () => {
      const page = await get('/personer');
      expect(page.statusCode).toBe(200);
      expectDanishOrder(orderIn(page.body));

      const api = await get('/api/v1/municipalities/707/people');
      expect(api.statusCode).toBe(200);
      expectDanishOrder(api.json<{ people: { name: string }[] }>().people.map((p) => p.name));

      const csv = await get('/personer.csv');
      expect(csv.statusCode).toBe(200);
      expectDanishOrder(orderIn(csv.body));
    });
  });
}
