/**
 * OParl's `modified_since` (issue 15): after changing three organisations through the use case,
 * the organisation list asked with the instant before the change returns exactly those three;
 * `modified_until` the rest. `modified` moves on every change (a database trigger).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateOrganisation } from '../../src/app/registry/save-organisation.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { createRegistryStore } from '../../src/db/registry/registry-store.ts';
import { userWith } from '../support/actors.ts';
import { systemContext } from '../support/auth.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const OWN = '707';

describe('OParl modified_since', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ publicUrl: 'http://localhost' });
    await loadDemoInto(t.database);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const list = async (query: string) => {
    const res = await t.app.inject({ url: `/oparl/v1.1/body/${OWN}/organization?limit=100&${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      data: { id: string; name: string; modified: string }[];
      pagination: { totalElements: number };
    };
  };

  it('returns exactly the three organisations changed after the given instant', async () => {
    const all = await list('');
    const organisations = (await createRegistryStore(t.database.db).listOrganisations(OWN)).slice(0, 3);
    expect(organisations).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date().toISOString();
    const admin = { ...systemContext(t.database.db), actor: userWith('admin') };
    for (const { organisation } of organisations) {
      const { id, ...rest } = organisation;
      const current = await t.database.db
        .selectFrom('housing_organisation')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      await runUseCase(updateOrganisation, admin, {
        municipality: OWN,
        id,
        version: current.version,
        organisation: { ...rest, name: `${rest.name} (ændret)` },
      });
    }

    const changed = await list(`modified_since=${encodeURIComponent(since)}`);
    expect(changed.data.map((o) => o.id.split('/').pop()).sort()).toEqual(
      organisations.map((o) => o.organisation.id).sort(),
    );
    expect(changed.data.every((o) => o.name.endsWith('(ændret)') && o.modified >= since)).toBe(true);
    const before = await list(`modified_until=${encodeURIComponent(since)}`);
    expect(before.pagination.totalElements).toBe(all.pagination.totalElements - 3);
  });

  it('refuses a time without a zone, naming the parameter', async () => {
    const res = await t.app.inject({ url: `/oparl/v1.1/body/${OWN}/organization?modified_since=yesterday` });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('modified_since');
  });
});
