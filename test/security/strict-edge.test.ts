/**
 * The HTTP edge (issue 12 #7): NUL characters refused with a 400 naming where, every refusal
 * as application/problem+json (404, 413, 414, 415, bad URL, bad JSON, unreadable requests),
 * and JSON keys the use case's schema does not know refused with a 400 naming them.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userWith } from '../support/actors.ts';
import { resetDatabase } from '../support/database.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const base = '/api/v1/municipalities/707/meetings';
const OBLIGATION = 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1';

type Inject = Awaited<ReturnType<TestApp['app']['inject']>>;

function expectProblem(
  res: Inject,
  status: number,
): { detail: string; errors?: { field: string; message: string }[] } {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = res.json();
  expect(problem).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  return problem;
}

describe('the strict HTTP edge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      resolveActor: async () => userWith('caseOfficer'),
      clock: () => new Date('2027-09-01T08:00:00Z'),
      bodyLimitBytes: 64 * 1024,
    });
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
  });

  it('refuses a NUL in the path, the query or the body with a 400 naming where', async () => {
    const path = expectProblem(await t.app.inject({ method: 'GET', url: `${base}/abc%00def` }), 400);
    expect(path.errors?.map((e) => e.field)).toEqual(['path']);
    const query = expectProblem(await t.app.inject({ method: 'GET', url: `${base}?year=20%0027` }), 400);
    expect(query.errors?.map((e) => e.field)).toEqual(['query.year']);
    const body = expectProblem(
      await t.app.inject({
        method: 'POST',
        url: base,
        payload: { obligationId: OBLIGATION, date: '2027-10-14', location: 'Råd\u0000huset' },
      }),
      400,
    );
    expect(body.errors?.map((e) => e.field)).toEqual(['body.location']);
    expect(body.errors?.[0]?.message).toContain('NUL');
    const key = expectProblem(
      await t.app.inject({ method: 'POST', url: base, payload: { 'a\u0000b': 1 } }),
      400,
    );
    expect(key.errors?.[0]?.field).toBe('body.a\\u0000b');
    // Nothing stored, and a form post gets the same refusal.
    const list = await t.app.inject({ method: 'GET', url: base });
    expect(list.json().meetings).toHaveLength(0);
  });

  it('answers 404, 413, 414, 415, bad JSON and a malformed URL as problem+json', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }), 404);
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/municipalities/707' }), 404);
    expectProblem(
      await t.app.inject({ method: 'POST', url: base, payload: { location: 'x'.repeat(70 * 1024) } }),
      413,
    );
    expectProblem(await t.app.inject({ method: 'GET', url: `${base}/${'x'.repeat(500)}` }), 414);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: base,
        headers: { 'content-type': 'application/xml' },
        payload: '<a/>',
      }),
      415,
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: base,
        headers: { 'content-type': 'application/json' },
        payload: '{"a":',
      }),
      400,
    );
    expectProblem(await t.app.inject({ method: 'GET', url: `${base}/%E0%A4%A` }), 400);
  });

  it('answers a request the HTTP parser cannot read with problem+json on the socket', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('GET /api/v1 HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n');
      });
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/Content-Type: application\/problem\+json/i);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400 });
  });

  it('refuses unknown JSON keys with a 400 naming them, and stores nothing', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: base,
      payload: { obligationId: OBLIGATION, date: '2027-10-14', startTime: '10:00', endTime: '12:00' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json().meeting;

    // The probe's case: minutes wrapped in one more object used to answer 200 and save nothing.
    const wrapped = expectProblem(
      await t.app.inject({
        method: 'PUT',
        url: `${base}/${id}/minutes`,
        headers: { 'if-match': `"${version}"` },
        payload: { minutes: { organisationAssessment: 'God drift.' } },
      }),
      400,
    );
    expect(wrapped.errors?.map((e) => e.field)).toEqual(['minutes.minutes']);
    expect(wrapped.detail).toContain('minutes.minutes');

    // A field the route's mapping never reads is unknown too.
    const extra = expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `${base}/${id}/cancel`,
        headers: { 'if-match': `"${version}"` },
        payload: { reason: 'Aflyst', notifyNobody: true },
      }),
      400,
    );
    expect(extra.errors?.map((e) => e.field)).toEqual(['notifyNobody']);

    // Nested unknown keys are named with their path.
    const nested = expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `${base}/${id}/attendance`,
        headers: { 'if-match': `"${version}"` },
        payload: { attendance: [{ participant: 'x', attendance: 'present', colour: 'blue' }] },
      }),
      400,
    );
    expect(nested.errors?.map((e) => e.field)).toEqual(['attendance.0.colour']);

    // A body version beside If-Match is not unknown (If-Match wins): the step runs.
    const held = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/invite`,
      headers: { 'if-match': `"${version + 99}"` },
      payload: { version },
    });
    expect(held.statusCode, held.body).toBe(412);

    const after = await t.app.inject({ method: 'GET', url: `${base}/${id}` });
    expect(after.json().meeting).toMatchObject({ version, status: 'planned', minutes: null });
  });
});
