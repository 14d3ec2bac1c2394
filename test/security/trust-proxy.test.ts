/**
 * TRUST_PROXY (issue 12 #1): with no trusted proxy the client address and protocol are the
 * socket's, so X-Forwarded-For cannot dodge the login throttle and X-Forwarded-Proto cannot
 * switch on the Secure cookie flag; with the proxy's address trusted, the proxy's headers count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_LIMIT } from '../../src/domain/auth/login-throttle.ts';
import { anonymousForm, submitForm } from '../support/auth.ts';
import { resetDatabase } from '../support/database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

async function failedLogins(
  t: TestApp,
  count: number,
  forwardedFor = (i: number) => `198.51.100.${i % 250}, 203.0.113.${i % 200}`,
): Promise<number[]> {
  const browser = await anonymousForm(t.app);
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    // A different account and a different claimed address each time: only the address limit
    // can stop this (each account sees one failure).
    const res = await submitForm(
      t.app,
      '/log-ind',
      browser,
      { email: `spray${i}@example.dk`, password: 'wrong-password' },
      { 'x-forwarded-for': forwardedFor(i) },
    );
    statuses.push(res.statusCode);
  }
  return statuses;
}

describe('TRUST_PROXY off (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await resetDatabase(t.database.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('blocks 120 failed logins that each claim another X-Forwarded-For', async () => {
    const statuses = await failedLogins(t, 120);
    expect(statuses.slice(0, ADDRESS_LIMIT.maxFailures).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(ADDRESS_LIMIT.maxFailures).every((s) => s === 429)).toBe(true);
  }, 120_000);

  it('does not set the Secure cookie flag because the client says X-Forwarded-Proto: https', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/log-ind',
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '192.0.2.1' },
    });
    const csrf = res.cookies.find((c) => c.name === 'sd_csrf');
    expect(csrf).toBeDefined();
    expect(csrf?.secure).toBeFalsy();
  });
});

describe('TRUST_PROXY set to the proxy address', () => {
  let t: TestApp;
  beforeAll(async () => {
    // app.inject connects from 127.0.0.1: that is the trusted proxy here.
    t = await startTestApp({ trustProxy: ['127.0.0.1'] });
    await resetDatabase(t.database.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it("believes the trusted proxy's X-Forwarded-Proto for the Secure flag", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/log-ind',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.cookies.find((c) => c.name === 'sd_csrf')?.secure).toBe(true);
  });

  it('counts failures per client address the trusted proxy reports', async () => {
    const statuses = await failedLogins(t, 60);
    // Each claimed address failed once or twice: the address limit is not reached, because the
    // proxy (trusted) vouches for them; the untrusted case above is what stops spraying.
    expect(statuses.every((s) => s === 401)).toBe(true);
  }, 120_000);
});

describe('TRUST_PROXY as a hop count', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy: 1 });
    await resetDatabase(t.database.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('takes the protocol and the client address the nearest proxy reports', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/log-ind',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.cookies.find((c) => c.name === 'sd_csrf')?.secure).toBe(true);
    // 60 failures from the socket's point of view, 30 per reported client: none is blocked.
    const statuses = await failedLogins(t, 60, (i) => `198.51.100.1, 203.0.113.${i < 30 ? 1 : 2}`);
    expect(statuses.every((s) => s === 401)).toBe(true);
  }, 120_000);
});
