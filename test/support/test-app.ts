/**
 * The app in-process for http and e2e tests: a migrated in-memory PGlite, a fixed clock and a
 * configurable actor, behind the real Fastify server with the real web module.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../src/app/actor.ts';
import { connectInMemory, type OpenDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createUnitOfWork } from '../../src/db/unit-of-work.ts';
import { resolveRequestActor } from '../../src/http/auth/credentials.ts';
import type { OidcLogin } from '../../src/http/auth/oidc.ts';
import type { HttpDeps } from '../../src/http/request-context.ts';
import { buildHttpServer } from '../../src/http/server.ts';
import { webModule } from '../../src/web/register-web.ts';

export interface TestApp {
  app: FastifyInstance;
  database: OpenDatabase;
  deps: HttpDeps;
  close(): Promise<void>;
}

export interface TestAppOptions {
  now?: Date;
  /** A clock the test can move (lockouts, expiry); wins over `now`. */
  clock?: () => Date;
  /**
   * A fixed actor for tests of access rules. Without it the real resolver runs: session cookie
   * or bearer token (log in with test/support/auth.ts).
   */
  resolveActor?: (request: FastifyRequest) => Promise<Actor>;
  oidc?: OidcLogin | null;
  publicUrl?: string;
  bodyLimitBytes?: number;
  database?: OpenDatabase;
  /** Log lines at this level go to `logStream` (default: silent). */
  logLevel?: string;
  logStream?: { write(line: string): void };
  /** TRUST_PROXY; default off, as in production. */
  trustProxy?: false | number | string[];
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await connectInMemory());
  await migrateToLatest(database.db);
  const deps: HttpDeps = {
    unitOfWork: (binding) => createUnitOfWork(database.db, binding),
    now: options.clock ?? (() => options.now ?? new Date('2026-11-22T12:00:00Z')),
    resolveActor: options.resolveActor ?? ((request) => resolveRequestActor(deps, request)),
    oidc: options.oidc ?? null,
    publicUrl: options.publicUrl ?? 'http://localhost',
    bodyLimitBytes: options.bodyLimitBytes ?? 1_048_576,
    logLevel: options.logLevel ?? 'silent',
    ...(options.logStream ? { logStream: options.logStream } : {}),
    trustProxy: options.trustProxy ?? false,
  };
  const app = await buildHttpServer(deps, webModule);
  await app.ready();
  return {
    app,
    database,
    deps,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
