/**
 * Lost updates, hardening finding 6: two app instances on ONE database, conflicting writes based
 * on the same version. For every PUT/PATCH route in the API's route table (generated: a route
 * without a case below fails the test), several rounds of two simultaneous writes, one through
 * each instance: exactly one wins (200), the other gets 412 problem+json, and the stored record is
 * the winner's — 0 lost updates.
 *
 * Instances: two in-process Fastify apps. On PostgreSQL each has its own connection pool to the
 * same database (what two server processes would have); on PGlite both share the one embedded
 * database (a second process cannot open it: the data directory lock refuses).
 */
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { connect, connectInMemory, type OpenDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { registeredApiRoutes } from '../../src/http/use-case-route.ts';
import { userWith } from '../support/actors.ts';
import { databaseKinds } from '../support/database.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const ROUNDS = 4;
const API = '/api/v1/municipalities/:municipality';
const M = '/api/v1/municipalities/707';
const admin: Actor = userWith('admin');

type Json = Record<string, unknown>;
interface Attempt {
  url: string;
  /** Body of the write; `marker` is what makes this writer's change recognisable. */
  body: (marker: string) => Json;
  headers?: Record<string, string>;
}
interface ConflictCase {
  /** Reads the record as it is now: the version to write against and how to find a marker in it. */
  prepare(app: TestApp): Promise<Attempt>;
  /** The marker stored now. */
  stored(app: TestApp): Promise<string>;
}

const get = async (app: TestApp, url: string) => {
  const res = await app.app.inject({ method: 'GET', url });
  expect(res.statusCode, `GET ${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res;
};
const without = (o: Json, ...keys: string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

/** Made once per database: a person, a held meeting. */
const fixtures: { personId?: string; meetingId?: string; deputyMeetingId?: string } = {};

const minutes = (marker: string) => ({
  participantsPresent: [{ name: 'Frank Hedegaard', party: 'organisation', role: 'Formand' }],
  apologies: [],
  minuteTaker: 'Referent',
  items: [{ agendaItemId: 'anyOtherBusiness', summary: 'Intet.', outcome: 'Taget til efterretning.' }],
  organisationAssessment: 'God drift.',
  municipalityAssessment: marker,
  agreements: [],
  noAgreements: true,
});

/** One case per update route. Add one here for a new PUT/PATCH route. */
const cases: Record<string, ConflictCase | { exempt: string }> = {
  [`PUT ${API}`]: {
    async prepare(app) {
      const m = (await get(app, M)).json();
      return {
        url: M,
        body: (marker) => ({
          name: m.name,
          supervisingUnit: marker,
          accountsUrl: m.accountsUrl,
          bodyAbbreviations: { KB: 'Kommunalbestyrelsen' },
          version: m.version,
        }),
      };
    },
    stored: async (app) => (await get(app, M)).json().supervisingUnit,
  },
  [`PUT ${API}/organisations/:id`]: {
    async prepare(app) {
      const { organisation } = (await get(app, `${M}/organisations/org-djurslandsbo`)).json();
      return {
        url: `${M}/organisations/org-djurslandsbo`,
        body: (marker) => ({ ...without(organisation, 'id'), name: marker }),
      };
    },
    stored: async (app) => (await get(app, `${M}/organisations/org-djurslandsbo`)).json().organisation.name,
  },
  [`PUT ${API}/departments/:id`]: {
    async prepare(app) {
      const [department] = (await get(app, `${M}/organisations/org-djurslandsbo`)).json().departments;
      return {
        url: `${M}/departments/${department.id}`,
        headers: { 'if-match': `"${department.version}"` },
        body: (marker) => ({ ...without(department, 'id', 'version'), name: marker }),
      };
    },
    async stored(app) {
      return (await get(app, `${M}/organisations/org-djurslandsbo`)).json().departments[0].name;
    },
  },
  [`PUT ${API}/people/:id`]: {
    async prepare(app) {
      if (!fixtures.personId) {
        const res = await app.app.inject({
          method: 'POST',
          url: `${M}/people`,
          payload: { name: 'Konflikt', roles: [] },
        });
        expect(res.statusCode, res.body).toBe(201);
        fixtures.personId = res.json().id;
      }
      const read = await get(app, `${M}/people/${fixtures.personId}`);
      return {
        url: `${M}/people/${fixtures.personId}`,
        headers: { 'if-match': read.headers.etag as string },
        body: (marker) => ({ name: marker, email: null, phone: null, roles: [] }),
      };
    },
    stored: async (app) => (await get(app, `${M}/people/${fixtures.personId}`)).json().person.name,
  },
  [`PUT ${API}/agreements/:id`]: {
    async prepare(app) {
      const { agreement } = (await get(app, `${M}/agreements/agr-djurslandsbo-2025-1`)).json();
      return {
        url: `${M}/agreements/agr-djurslandsbo-2025-1`,
        body: (marker) => ({
          organisationId: agreement.organisationId,
          steeringYear: agreement.steeringYear,
          agreedOn: agreement.agreedOn,
          objectiveArea: agreement.objectiveArea,
          text: marker,
          responsible: { kind: 'organisation' },
          deadline: agreement.deadline,
          version: agreement.version,
        }),
      };
    },
    stored: async (app) => (await get(app, `${M}/agreements/agr-djurslandsbo-2025-1`)).json().agreement.text,
  },
  [`PUT ${API}/meetings/:id/minutes`]: {
    async prepare(app) {
      if (!fixtures.meetingId) {
        const created = await app.app.inject({
          method: 'POST',
          url: `${M}/meetings`,
          payload: {
            obligationId: 'dialogueMeeting:707:org-djurslandsbo:2026:legalFloor#1',
            date: '2026-10-14',
            startTime: '10:00',
            endTime: '12:00',
          },
        });
        expect(created.statusCode, created.body).toBe(201);
        fixtures.meetingId = created.json().meeting.id;
        const held = await app.app.inject({
          method: 'POST',
          url: `${M}/meetings/${fixtures.meetingId}/held`,
        });
        expect(held.statusCode, held.body).toBe(200);
      }
      const read = await get(app, `${M}/meetings/${fixtures.meetingId}/minutes`);
      return {
        url: `${M}/meetings/${fixtures.meetingId}/minutes`,
        headers: { 'if-match': read.headers.etag as string },
        body: minutes,
      };
    },
    async stored(app) {
      const res = await get(app, `${M}/meetings/${fixtures.meetingId}/minutes`);
      return res.json().minutes.municipalityAssessment;
    },
  },
  [`PUT ${API}/meetings/:id/participants/:participant/deputy`]: {
    async prepare(app) {
      if (!fixtures.deputyMeetingId) {
        const created = await app.app.inject({
          method: 'POST',
          url: `${M}/meetings`,
          payload: {
            obligationId: 'dialogueMeeting:707:org-nordlyset:2026:legalFloor#1',
            date: '2026-12-14',
            startTime: '10:00',
            endTime: '12:00',
          },
        });
        expect(created.statusCode, created.body).toBe(201);
        fixtures.deputyMeetingId = created.json().meeting.id;
      }
      const read = await get(app, `${M}/meetings/${fixtures.deputyMeetingId}`);
      const key = read.json().meeting.participants[0].key as string;
      return {
        url: `${M}/meetings/${fixtures.deputyMeetingId}/participants/${encodeURIComponent(key)}/deputy`,
        headers: { 'if-match': read.headers.etag as string },
        body: (marker) => ({ deputyName: marker }),
      };
    },
    async stored(app) {
      const { meeting } = (await get(app, `${M}/meetings/${fixtures.deputyMeetingId}`)).json();
      const deputy = (meeting.participants as { name: string; role: string }[]).find((p) =>
        p.role.startsWith('Stedfortræder for '),
      );
      return deputy?.name ?? '';
    },
  },
  [`PUT ${API}/political-cases/:id/model`]: {
    exempt:
      'links a political case to a governance model version: the body names the model version to link, ' +
      'and the same link sent twice is the same result; there is no edited record to lose',
  },
  [`PUT ${API}/agenda-import/profile`]: {
    exempt:
      'pins the layout profile the agenda import reads with: the body names the whole setting (one ' +
      'profile id), the same pin sent twice is the same result (changed: false), each change is ' +
      'audited with the pin before it, and there is no edited text to lose',
  },
  [`PUT ${API}/suspension`]: {
    exempt:
      'sets the municipality to suspended or active: the body names the whole state, the same state ' +
      'sent twice is the same result, and the national administrator sees the outcome; no edited text to lose',
  },
};

async function postgresPair(): Promise<{ a: OpenDatabase; b: OpenDatabase; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `lost_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const a = await connect({ databaseUrl: url.toString(), dataDir: '' });
  await migrateToLatest(a.db);
  const b = await connect({ databaseUrl: url.toString(), dataDir: '' });
  return {
    a,
    b,
    async drop() {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

const updateRoutes = () => [
  ...new Set(
    registeredApiRoutes
      .filter((r) => r.method === 'PUT' || r.method === 'PATCH')
      .map((r) => `${r.method} ${r.url}`),
  ),
];

for (const kind of databaseKinds()) {
  describe(`two instances on one ${kind} database`, () => {
    let one: TestApp;
    let two: TestApp;
    let cleanup: () => Promise<void> = async () => {};
    beforeAll(async () => {
      fixtures.personId = undefined;
      fixtures.meetingId = undefined;
      fixtures.deputyMeetingId = undefined;
      const now = () => new Date('2026-11-22T12:00:00Z');
      if (kind === 'postgres') {
        const pair = await postgresPair();
        one = await startTestApp({ database: pair.a, resolveActor: async () => admin, clock: now });
        two = await startTestApp({ database: pair.b, resolveActor: async () => admin, clock: now });
        cleanup = async () => {
          await one.close();
          await two.close();
          await pair.drop();
        };
      } else {
        const shared = await connectInMemory();
        one = await startTestApp({ database: shared, resolveActor: async () => admin, clock: now });
        two = await startTestApp({
          database: { ...shared, close: async () => {} },
          resolveActor: async () => admin,
          clock: now,
        });
        cleanup = async () => {
          await two.close();
          await one.close();
        };
      }
      await loadDemoInto(one.database);
    }, 120_000);
    afterAll(async () => {
      await cleanup();
    });

    it('has a conflict case for every update route of the API', () => {
      const routes = updateRoutes();
      expect(routes.length).toBeGreaterThanOrEqual(6);
      expect(routes.filter((r) => !(r in cases))).toEqual([]);
    });

    it('lets exactly one of two conflicting writes win on every update route: 0 lost updates', async () => {
      const report: string[] = [];
      let lost = 0;
      for (const route of updateRoutes()) {
        const c = cases[route];
        if (!c || 'exempt' in c) continue;
        const tally = { won: 0, refused: 0 };
        for (let round = 1; round <= ROUNDS; round++) {
          const attempt = await c.prepare(one);
          const markers = [`A ${round} ${route.length}`, `B ${round} ${route.length}`];
          const send = (app: TestApp, marker: string): Promise<LightMyRequestResponse> =>
            app.app.inject({
              method: 'PUT',
              url: attempt.url,
              headers: attempt.headers ?? {},
              payload: attempt.body(marker),
            });
          const results = await Promise.all([
            send(one, markers[0] as string),
            send(two, markers[1] as string),
          ]);
          const statuses = results.map((r) => r.statusCode);
          expect(
            [...statuses].sort(),
            `${route} round ${round}: ${results.map((r) => r.body.slice(0, 200)).join(' | ')}`,
          ).toEqual([200, 412]);
          const loser = results.find((r) => r.statusCode === 412) as LightMyRequestResponse;
          expect(loser.headers['content-type']).toContain('application/problem+json');
          const winner = markers[statuses.indexOf(200)];
          const stored = await c.stored(two);
          if (stored !== winner) lost++;
          tally.won++;
          tally.refused++;
        }
        report.push(`${route}: ${tally.won} won, ${tally.refused} refused with 412`);
      }
      console.log(`[${kind}] ${report.join('; ')}; lost updates: ${lost}`);
      expect(lost).toBe(0);
    }, 300_000);
  });
}
