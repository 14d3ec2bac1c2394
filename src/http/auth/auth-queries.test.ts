/**
 * Authentication costs one query per request: the session (or API token) is read with its user
 * and grants in one statement, and /healthz reads no credentials at all. Counted with a Kysely
 * plugin that records every statement the app sends.
 */
import { type KyselyPlugin, PostgresQueryCompiler } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cookieHeader, createTestUser, logIn, systemContext } from '../../../test/support/auth.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createApiToken } from '../../app/auth/create-api-token.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { connectInMemory } from '../../db/connect.ts';

const statements: string[] = [];
const compiler = new PostgresQueryCompiler();
const recording: KyselyPlugin = {
  transformQuery({ node, queryId }) {
    statements.push(compiler.compileQuery(node, queryId).sql);
    return node;
  },
  transformResult: async ({ result }) => result,
};

const AUTH_TABLES = /"(session|api_token|app_user|user_grant)"/;
const ORGANISATIONS = '/api/v1/municipalities/707/organisations';

describe('authentication queries per request', () => {
  let t: TestApp;
  let session: string;
  let token: string;

  beforeAll(async () => {
    const database = await connectInMemory();
    t = await startTestApp({ database: { ...database, db: database.db.withPlugin(recording) } });
    await createTestUser(t.database.db, { email: 'sagsbehandler@norddjurs.dk', role: 'caseOfficer' });
    session = cookieHeader((await logIn(t.app, 'sagsbehandler@norddjurs.dk')).cookies);
    ({ token } = await runUseCase(createApiToken, systemContext(t.database.db), {
      userEmail: 'sagsbehandler@norddjurs.dk',
      expires: '90d',
    }));
    // The first use writes the token's last-used time (then at most once a minute; the clock stands still).
    await t.app.inject({ method: 'GET', url: ORGANISATIONS, headers: { authorization: `Bearer ${token}` } });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    statements.length = 0;
  });

  const get = async (url: string, headers: Record<string, string>) => {
    const res = await t.app.inject({ method: 'GET', url, headers });
    expect(res.statusCode, res.body).toBe(200);
    return statements.filter((s) => AUTH_TABLES.test(s));
  };

  it('/healthz sends one statement and reads no credentials, even with a session cookie', async () => {
    expect(await get('/healthz', { cookie: session })).toEqual([]);
    expect(statements).toEqual(['SELECT 1']);
  });

  it('a request with a session cookie authenticates in one query', async () => {
    const auth = await get(ORGANISATIONS, { cookie: session });
    expect(auth).toHaveLength(1);
    expect(auth[0]).toMatch(/from "session"/);
  });

  it('a request with a bearer token authenticates in one query', async () => {
    const auth = await get(ORGANISATIONS, { authorization: `Bearer ${token}` });
    expect(auth).toHaveLength(1);
    expect(auth[0]).toMatch(/from "api_token"/);
  });
});
