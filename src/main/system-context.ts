import { randomUUID } from 'node:crypto';
import type { UseCaseContext } from '../app/use-case.ts';
import type { OpenDatabase } from '../db/connect.ts';
import { createUnitOfWork } from '../db/unit-of-work.ts';
import { copenhagenDate } from '../domain/shared/copenhagen-date.ts';

/** A use-case context for the system itself (start-up tasks, the CLI operator). */
export function systemContext(database: OpenDatabase, name: string): UseCaseContext {
  const requestId = `${name}-${randomUUID()}`;
  return {
    actor: { kind: 'system', name },
    today: copenhagenDate(new Date()),
    requestId,
    uow: createUnitOfWork(database.db, { actor: `system:${name}`, requestId }),
  };
}
