import type { Config } from '../config/config.ts';
import type { OpenDatabase } from '../db/connect.ts';
import { createUnitOfWork } from '../db/unit-of-work.ts';
import type { HttpDeps } from '../http/request-context.ts';

/** Wires the HTTP layer to the database and the real clock. */
export function createHttpDeps(config: Config, database: OpenDatabase): HttpDeps {
  return {
    unitOfWork: (binding) => createUnitOfWork(database.db, binding),
    now: () => new Date(),
    resolveActor: async () => ({ kind: 'public' }),
    publicUrl: config.publicUrl,
    bodyLimitBytes: config.bodyLimitBytes,
    logLevel: config.logLevel,
  };
}
