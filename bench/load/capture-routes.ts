/**
 * Records the product's SQL per route for the bare baseline: the app in-process (the same
 * Fastify server and use cases the compiled server runs) on the loaded database, logged in with
 * the dataset's case officer, one warm request per route recorded after two warm-ups. Also
 * returns the session cookie, which the child server accepts (sessions live in the database).
 * Writes (a token's last-used time, at most once a minute in the product) are left out of the
 * replay and counted.
 */
import { connect } from '../../src/db/connect.ts';
import { cookieHeader, logIn } from '../../test/support/auth.ts';
import { startTestApp } from '../../test/support/test-app.ts';
import type { DatabaseTarget } from './processes.ts';
import { type CapturedStatement, statementRecorder, writesIn } from './sql-capture.ts';

export type Credential = 'none' | 'session' | 'token';

export interface RouteToCapture {
  path: string;
  credential: Credential;
}

export interface Captured {
  routes: Record<string, CapturedStatement[]>;
  status: Record<string, number>;
  bytes: Record<string, number>;
  writesLeftOut: Record<string, number>;
  headers: Record<Credential, Record<string, string>>;
}

export async function captureRoutes(
  target: DatabaseTarget,
  toCapture: readonly RouteToCapture[],
  users: { caseOfficer: { email: string; password: string }; apiToken: string },
): Promise<Captured> {
  const database = await connect(
    target.kind === 'pglite'
      ? { databaseUrl: null, dataDir: target.dataDir }
      : { databaseUrl: target.databaseUrl, dataDir: '' },
  );
  const recorder = statementRecorder();
  const t = await startTestApp({
    database: { ...database, db: database.db.withPlugin(recorder.plugin) },
    now: new Date(),
  });
  try {
    const browser = await logIn(t.app, users.caseOfficer.email, users.caseOfficer.password);
    const headers: Record<Credential, Record<string, string>> = {
      none: {},
      session: { cookie: cookieHeader(browser.cookies) },
      token: { authorization: `Bearer ${users.apiToken}` },
    };
    const out: Captured = { routes: {}, status: {}, bytes: {}, writesLeftOut: {}, headers };
    for (const route of toCapture) {
      const get = () => t.app.inject({ method: 'GET', url: route.path, headers: headers[route.credential] });
      await get();
      await get();
      recorder.start();
      const res = await get();
      const statements = recorder.stop();
      const writes = writesIn(statements);
      out.routes[route.path] = statements.filter((s) => !writes.includes(s));
      out.status[route.path] = res.statusCode;
      out.bytes[route.path] = res.rawPayload.length;
      out.writesLeftOut[route.path] = writes.length;
    }
    return out;
  } finally {
    await t.close();
  }
}
