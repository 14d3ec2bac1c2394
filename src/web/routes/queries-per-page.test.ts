/**
 * The Overblik, the compliance API and the paged lists (organisations, people, meetings, audit
 * log, agreements; pages and API) send a fixed number of SQL statements whatever the number of organisations
 * (issue 18): counted with a Kysely plugin that records every statement, for a municipality with
 * 8 and with 60 organisations (more than a page of 50) — each with a board member, a dialogue
 * meeting and an agreement, and an audit
 * entry for every write.
 */
import { type KyselyPlugin, PostgresQueryCompiler } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOfficer707, userWith } from '../../../test/support/actors.ts';
import { ensureMunicipality, systemContext } from '../../../test/support/auth.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createAgreement } from '../../app/agreements/save-agreement.ts';
import { adoptModelVersion } from '../../app/governance/adopt-model-version.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { createOrganisation } from '../../app/registry/save-organisation.ts';
import { savePerson } from '../../app/registry/save-person.ts';
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
    // The audit log is the administrator's; everything else the case officer's.
    resolveActor: async (request) =>
      /revision|audit-entries/.test(request.url) ? userWith('admin') : caseOfficer707,
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
    const { organisation } = await runUseCase(createOrganisation, ctx, {
      municipality: '707',
      organisation: {
        name: `Boligorganisation ${i}`,
        cvr,
        kind: 'housingOrganisation',
        seatMunicipality: '707',
        activeFrom: '01-01-2005',
      },
    });
    await runUseCase(savePerson, ctx, {
      municipality: '707',
      person: {
        name: `Bestyrelsesmedlem ${i}`,
        email: null,
        phone: null,
        roles: [{ kind: 'boardMember', organisationId: organisation.id, from: '2022-01-01', to: null }],
      },
    });
    await runUseCase(createMeeting, ctx, {
      municipality: '707',
      meeting: {
        obligationId: `dialogueMeeting:707:${organisation.id}:2027:legalFloor#1`,
        date: `2027-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        startTime: '10:00',
        endTime: '11:00',
        location: 'Rådhuset',
      },
    });
    await runUseCase(createAgreement, ctx, {
      municipality: '707',
      agreement: {
        organisationId: organisation.id,
        steeringYear: 2024 + (i % 2),
        agreedOn: '2025-10-14',
        objectiveArea: 'letting',
        text: `Aftale ${i}`,
        responsible: { kind: 'organisation' },
        deadline: '2026-06-30',
        departmentIds: [],
      },
    });
  }
  return { t, statements };
}

describe('statements per page, 8 vs 60 organisations', () => {
  const apps: { t: TestApp; statements: string[] }[] = [];
  beforeAll(async () => {
    apps.push(await appWith(8), await appWith(60));
  }, 600_000);
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
    '/boligorganisationer?side=2',
    '/personer',
    '/moeder?aar=2027',
    '/revision?kommune=707',
    '/revision?kommune=707&handling=create&side=2',
    '/api/v1/municipalities/707/people',
    '/api/v1/municipalities/707/meetings?year=2027',
    '/api/v1/municipalities/707/audit-entries?limit=50',
    '/aftaler',
    '/aftaler?status=agreed&steeringYear=2024',
    '/aftaler/maalomraader',
    '/api/v1/municipalities/707/agreements',
    '/api/v1/municipalities/707/agreements?limit=5&overdue=true',
    '/orientering?aar=2027',
  ]) {
    it(`${url} sends as many statements for 60 organisations as for 8`, async () => {
      const [small, large] = apps as [(typeof apps)[0], (typeof apps)[0]];
      const few = await count(small, url);
      const many = await count(large, url);
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    });
  }

  it('the Overblik and the compliance API read the content version once per request (the ETag’s read serves the use case)', async () => {
    const app = apps[1]!;
    const versionReads = () => app.statements.filter((q) => /from "compliance_content"/.test(q)).length;
    // The Overblik (the resolver is fixed here, so no authentication statement): the version
    // read for the ETag and the frame's; the grid and the tasks come from the read cache.
    expect(await count(app, '/?aar=2025'), app.statements.join('\n')).toBe(2);
    expect(versionReads()).toBe(1);
    // The API for a year not asked before: the use case runs (no kept answer yet).
    app.statements.length = 0;
    const res = await app.t.app.inject({
      method: 'GET',
      url: '/api/v1/municipalities/707/compliance?year=2024',
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(versionReads()).toBe(1);
    // Asked again: the kept answer, after the version read alone.
    app.statements.length = 0;
    await app.t.app.inject({ method: 'GET', url: '/api/v1/municipalities/707/compliance?year=2024' });
    expect(app.statements).toHaveLength(1);
    expect(versionReads()).toBe(1);
  });

  it('the Overblik shows the 60 organisations from the stored compliance', async () => {
    const res = await apps[1]!.t.app.inject({ method: 'GET', url: '/' });
    expect(res.body).toContain('Boligorganisation 59');
  });

  it('pages the lists: 50 rows a page on the web, `limit` and a `next` link in the API', async () => {
    const { t } = apps[1]!;
    const page = await t.app.inject({ method: 'GET', url: '/boligorganisationer?side=2' });
    const rows = (html: string, list: string) =>
      (html.match(new RegExp(`href="/${list}/[^"/]+"`, 'g')) ?? []).filter((h) => !h.endsWith('/ny"'));
    expect(rows(page.body, 'boligorganisationer')).toHaveLength(10);
    expect(page.body).toContain('aria-current="page"');
    expect(page.body).toContain('Side 2 af 2');
    expect(page.body).toContain('60 aktive organisationer');
    const first = await t.app.inject({ method: 'GET', url: '/boligorganisationer' });
    expect(rows(first.body, 'boligorganisationer')).toHaveLength(50);
    expect(first.body).toContain('href="/boligorganisationer?side=2"');
    const people = await t.app.inject({ method: 'GET', url: '/personer' });
    expect(rows(people.body, 'personer')).toHaveLength(50);
    const audit = await t.app.inject({ method: 'GET', url: '/revision?kommune=707&handling=create&side=2' });
    expect(audit.body).toContain('href="/revision?kommune=707&amp;handling=create&amp;side=3"');

    const seen = new Set<string>();
    let url: string | null = '/api/v1/municipalities/707/organisations?limit=25';
    let pages = 0;
    while (url) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const body = res.json() as { organisations: { id: string }[]; next: string | null };
      for (const o of body.organisations) seen.add(o.id);
      url = body.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen.size).toBe(60);
    // The export is never paged.
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/v1/municipalities/707/organisations?format=csv',
    });
    expect(csv.body.trim().split('\n')).toHaveLength(61);
  });

  it('pages the agreements in SQL: 50 a page with the filters kept, the API by a keyset cursor', async () => {
    const app = apps[1]!;
    const { t } = app;
    const rows = (html: string) => (html.match(/href="\/aftaler\/agr[^"]*"/g) ?? []).length;
    const first = await t.app.inject({ method: 'GET', url: '/aftaler?status=agreed' });
    expect(rows(first.body)).toBe(50);
    expect(first.body).toContain('60 aftaler');
    expect(first.body).toContain('href="/aftaler?status=agreed&amp;side=2"');
    const second = await t.app.inject({ method: 'GET', url: '/aftaler?status=agreed&side=2' });
    expect(rows(second.body)).toBe(10);
    expect(second.body).toContain('Side 2 af 2');
    // The second page costs what the first does.
    expect(await count(app, '/aftaler?side=2')).toBe(await count(app, '/aftaler'));
    // Per objective area: the counts only, each area linking to the paged list.
    const areas = await t.app.inject({ method: 'GET', url: '/aftaler/maalomraader' });
    expect(areas.body).toContain('href="/aftaler?objectiveArea=letting"');
    expect(areas.body).toContain('<td class="align-text-right">60</td>');
    expect(rows(areas.body)).toBe(0);

    const seen: string[] = [];
    let url: string | null = '/api/v1/municipalities/707/agreements?limit=25&objectiveArea=letting';
    const perPage: number[] = [];
    while (url) {
      app.statements.length = 0;
      const res = await t.app.inject({ method: 'GET', url });
      perPage.push(app.statements.length);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const body = res.json() as { agreements: { id: string }[]; next: string | null };
      seen.push(...body.agreements.map((a) => a.id));
      url = body.next;
    }
    expect(perPage).toHaveLength(3);
    expect(new Set(perPage).size).toBe(1);
    expect(new Set(seen).size).toBe(60);
  });
});
