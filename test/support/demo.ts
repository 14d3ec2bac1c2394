import { loadDemo } from '../../src/app/registry/load-demo.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import type { OpenDatabase } from '../../src/db/connect.ts';
import { createUnitOfWork } from '../../src/db/unit-of-work.ts';

/** Loads the demo dataset into a test database as the system would on first start. */
export async function loadDemoInto(database: OpenDatabase, today = '2026-11-22'): Promise<void> {
  await runUseCase(
    loadDemo,
    {
      actor: { kind: 'system', name: 'test' },
      today,
      requestId: 'test-demo',
      uow: createUnitOfWork(database.db, { actor: 'system:test', requestId: 'test-demo' }),
    },
    {},
  );
}
