/**
 * The Overblik, the compliance API and the organisation lists send a fixed number of SQL
 * statements whatever the number of organisations (issue 18): counted with a Kysely plugin that
 * records every statement, for a municipality with 2 and with 20 organisations.
 */
import { type KyselyPlugin, PostgresQueryCompiler } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOfficer707 } from '../../../test/support/actors.ts';
import { ensureMunicipality, systemContext } from '../../../test/support/auth.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { adoptModelVersion } from '../../app/governance/adopt-model-version.ts';
import { createOrganisation } from '../../app/registry/save-organisation.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { connectInMemory } from '../../db/connect.ts';
import { norddjursModels } from '../../domain/governance-model/norddjurs-models.ts';
import { cvrCheckDigit } from '../../domain/registry/cvr.ts';

function cvrs(n: number): string[] {
  const out: string[] = [];
  for (let k = 4_000_000; out.length < n; k++) {
    const check = cvrCheckDigit(String(k));
    if (check !== null) out.push(`${k}${check}`);
  }
  return out;
}

async function appWith(organisations: number): Promise<{ t: TestApp; statements: string[] }> {
  const statements: string[] = [];
  const compiler = new PostgresQueryCompiler();
  const recording: KyselyPlugin = {
    transformQuery({ node, queryId }) {
      statements.push(compiler.compileQuery(node, queryId).sql);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const database = await connectInMemory();
  const t = await startTestApp({
    database: { ...database, db: database.db.withPlugin(recording) },
    resolveActor: async () => caseOfficer707,
  });
  await ensureMunicipality(t.database.db, '707', 'Norddjurs Kommune');
  const ctx = systemContext(t.database.db);
  for (const model of norddjursModels()) {
    const { id: _id, version: _version, ...rest } = model;
    await runUseCase(adoptModelVersion, ctx, { municipality: '707', model: rest, reason: 'test' }).catch(
      () => undefined,
    );
  }
  for (const [i, cvr] of cvrs(organisations).entries()) {
    await runUseCase(createOrganisation, ctx, {
      municipality: '707',
      organisation: {
        name: `Boligorganisation ${i}`,
        cvr,
        kind: 'housingOrganisation',
        seatMunicipality: '707',
        activeFrom: '01-01-2005',
      },
    });
  }
  return { t, statements };
}

describe('statements per page, 2 vs 20 organisations', () => {
  const apps: { t: TestApp; statements: string[] }[] = [];
  beforeAll(async () => {
    apps.push(await appWith(2), await appWith(20));
  }, 120_000);
  afterAll(async () => {
    for (const a of apps) await a.t.close();
  });

  async function count(app: { t: TestApp; statements: string[] }, url: string) {
    await app.t.app.inject({ method: 'GET', url }); // warm (first use may write e.g. last-seen)
    app.statements.length = 0;
    const res = await app.t.app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return app.statements.length;
  }

  for (const url of [
    '/',
    '/api/v1/municipalities/707/compliance?year=2026',
    '/api/v1/municipalities/707/organisations',
    '/boligorganisationer',
  ]) {
    it(`${url} sends as many statements for 20 organisations as for 2`, async () => {
      const [small, large] = apps as [(typeof apps)[0], (typeof apps)[0]];
      const few = await count(small, url);
      const many = await count(large, url);
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    });
  }

  it('the Overblik shows the 20 organisations from the stored compliance', async () => {
    const res = await apps[1]!.t.app.inject({ method: 'GET', url: '/' });
    expect(res.body).toContain('Boligorganisation 19');
  });
});
