import type { Config } from '../config/config.ts';
import type { OpenDatabase } from '../db/connect.ts';
import { createUnitOfWork } from '../db/unit-of-work.ts';
import { resolveRequestActor } from '../http/auth/credentials.ts';
import { createOidcLogin } from '../http/auth/oidc.ts';
import type { HttpDeps } from '../http/request-context.ts';

/** Wires the HTTP layer to the database, the real clock and the login mechanisms. */
export function createHttpDeps(config: Config, database: OpenDatabase): HttpDeps {
  const deps: HttpDeps = {
    unitOfWork: (binding) => createUnitOfWork(database.db, binding),
    now: () => new Date(),
    // Session cookie or bearer token (http/auth/credentials.ts).
    resolveActor: (request) => resolveRequestActor(deps, request),
    oidc: config.oidc ? createOidcLogin(config.oidc) : null,
    publicUrl: config.publicUrl,
    ...(config.calendarUidDomain ? { calendarUidDomain: config.calendarUidDomain } : {}),
    ...(config.calendarOrganizerEmail ? { calendarOrganizerEmail: config.calendarOrganizerEmail } : {}),
    mailBySmtp: config.smtp !== null,
    bodyLimitBytes: config.bodyLimitBytes,
    admission: config.admission,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
  };
  return deps;
}
