/**
 * A form post must never reach Object.prototype: keys like `__proto__.x` or
 * `constructor.prototype.x` are dropped by the form parser (qs, allowPrototypes: false), and the
 * form still answers with its own Danish refusal. Posted to a real form route of the in-process
 * app, on PGlite and (when available) PostgreSQL.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userWith } from '../../test/support/actors.ts';
import { databaseKinds, openTestDatabase, resetDatabase } from '../../test/support/database.ts';
import { loadDemoInto } from '../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { unflatten } from './form-data.ts';

const POLLUTING_KEYS = [
  '__proto__.x',
  'constructor.prototype.x',
  '__proto__[x]',
  'meetings.0.__proto__.x',
  'meetings.__proto__.x',
  'meetings.0.constructor.prototype.x',
];

function prototypeIsClean(): boolean {
  const probe: Record<string, unknown> = {};
  return probe.x === undefined && !Object.hasOwn(Object.prototype, 'x');
}

afterEach(() => {
  // If a test ever fails, do not let the pollution leak into the next one.
  delete (Object.prototype as Record<string, unknown>).x;
});

describe('unflatten refuses prototype keys', () => {
  it.each(POLLUTING_KEYS)('drops %s and keeps the ordinary fields', (key) => {
    const out = unflatten({ [key]: 'yes', 'meetings.0.date': '2027-03-01' });
    expect(prototypeIsClean()).toBe(true);
    expect(out).toEqual({ meetings: [{ date: '2027-03-01' }] });
  });

  it('never changes Object.prototype, whatever the dotted key', () => {
    const segment = fc.constantFrom('__proto__', 'constructor', 'prototype', 'x', '0', 'meetings', '[x]');
    const key = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(fc.dictionary(key, fc.constant('yes')), (flat) => {
        unflatten(flat);
        expect(prototypeIsClean()).toBe(true);
      }),
    );
  });
});

for (const kind of databaseKinds()) {
  describe(`a polluting post to the year plan form [${kind}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({
        database: await openTestDatabase(kind),
        resolveActor: async () => userWith('caseOfficer'),
      });
    });
    afterAll(async () => {
      await t?.close();
    });
    beforeEach(async () => {
      await resetDatabase(t.database.db);
      await loadDemoInto(t.database);
    });

    it('leaves Object.prototype alone and answers with the form and a Danish error', async () => {
      const csrf = 'p'.repeat(43);
      const payload = [
        `_csrf=${csrf}`,
        ...POLLUTING_KEYS.map((k) => `${encodeURIComponent(k)}=yes`),
        'meetings.0.include=false',
      ].join('&');
      const res = await t.app.inject({
        method: 'POST',
        url: '/moeder/planlaeg?aar=2027',
        headers: { cookie: `sd_csrf=${csrf}`, 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      });
      expect(prototypeIsClean()).toBe(true);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.body).toContain('Vælg mindst ét møde');
      expect(res.body).toContain('class="alert alert-error"');
      // The process still works: another request is answered normally.
      const again = await t.app.inject({ method: 'GET', url: '/moeder?aar=2027' });
      expect(again.statusCode).toBe(200);
    });
  });
}
