/**
 * The read cache (app/read-cache/read-model-cache.ts) with two server instances on one database
 * (issue 18): each instance keeps its own cache of a municipality's read models and of the
 * compliance API's serialized answer, checked against the municipality's content version on
 * every request. A write through the OTHER instance must show at once — the answers equal those
 * of a third instance that never cached anything — and the cache never lets anyone in whom the
 * use case refuses.
 */
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { caseOfficer707, userWith } from '../../../test/support/actors.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import type { OpenDatabase } from '../../db/connect.ts';

const URL_2026 = '/api/v1/municipalities/707/compliance?year=2026';

/** A pass-through plugin: the same database through a new Kysely object, so a cache of its own. */
const sameDatabase: KyselyPlugin = {
  transformQuery: ({ node }) => node,
  transformResult: async ({ result }) => result,
};

/** What differs between two renderings of the same page for the same viewer: the CSRF token. */
const withoutTokens = (html: string) => html.replace(/name="_csrf" value="[^"]*"/gu, 'name="_csrf"');

interface Obligation {
  id: string;
  kind: string;
  status: string;
  organisation: { id: string } | null;
}

describeEachDatabase('read cache, two server instances on one database (issue 18)', (db) => {
  let actor: Actor = caseOfficer707;
  const apps: FastifyInstance[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  /** A server instance on the test database with its own read cache. */
  async function instance(): Promise<FastifyInstance> {
    const database = { db: db().withPlugin(sameDatabase) } as OpenDatabase;
    const t = await startTestApp({ database, resolveActor: async () => actor });
    apps.push(t.app);
    return t.app;
  }

  it('shows a fact recorded through the other instance at once, equal to an uncached instance', async () => {
    await loadDemoInto({ db: db() } as OpenDatabase);
    const [a, b] = [await instance(), await instance()];
    actor = caseOfficer707;
    const first = await a.inject({ method: 'GET', url: URL_2026 });
    expect(first.statusCode).toBe(200);
    const cached = await a.inject({ method: 'GET', url: URL_2026 });
    expect(cached.body).toBe(first.body);
    const pageBefore = await a.inject({ method: 'GET', url: '/' });
    expect(pageBefore.statusCode).toBe(200);

    const open = first
      .json<{ obligations: Obligation[] }>()
      .obligations.find((o) => o.kind === 'dialogueMeeting' && o.organisation && o.status !== 'met')!;
    const fact = await b.inject({
      method: 'POST',
      url: '/api/v1/municipalities/707/facts',
      payload: { obligationId: open.id, kind: 'notApplicable', date: '2026-02-02', note: 'test' },
    });
    expect(fact.statusCode).toBe(201);

    const after = await a.inject({ method: 'GET', url: URL_2026 });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    expect(
      after.json<{ obligations: Obligation[] }>().obligations.find((o) => o.id === open.id)?.status,
    ).toBe('notApplicable');
    const pageAfter = await a.inject({ method: 'GET', url: '/' });
    expect(withoutTokens(pageAfter.body)).not.toBe(withoutTokens(pageBefore.body));

    const fresh = await instance();
    expect(after.body).toBe((await fresh.inject({ method: 'GET', url: URL_2026 })).body);
    expect(withoutTokens(pageAfter.body)).toBe(
      withoutTokens((await fresh.inject({ method: 'GET', url: '/' })).body),
    );
  });

  it('refuses whom the use case refuses, even while an answer is kept', async () => {
    await loadDemoInto({ db: db() } as OpenDatabase);
    const a = await instance();
    actor = caseOfficer707;
    expect((await a.inject({ method: 'GET', url: URL_2026 })).statusCode).toBe(200);
    for (const outsider of [
      userWith('organisation', '707', 'any-organisation'),
      userWith('caseOfficer', '751'),
      { kind: 'public' } as Actor,
    ]) {
      actor = outsider;
      const res = await a.inject({ method: 'GET', url: URL_2026 });
      expect([401, 403, 404], `${JSON.stringify(outsider)}: ${res.statusCode}`).toContain(res.statusCode);
      expect(res.body).not.toContain('"obligations"');
    }
  });
});
