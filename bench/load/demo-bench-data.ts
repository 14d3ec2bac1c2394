/**
 * The demo dataset behind the bench dataset's interface (loadBenchData): Norddjurs with its
 * eight organisations and meeting history through the product's own use cases, a case officer
 * and an API token. Used while the national generator is not in this tree.
 */
import { performance } from 'node:perf_hooks';
import { createApiToken } from '../../src/app/auth/create-api-token.ts';
import { loadDemoMeetingHistory } from '../../src/app/meetings/load-demo-meeting-history.ts';
import { loadDemo } from '../../src/app/registry/load-demo.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { connect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createTestUser, systemContext } from '../../test/support/auth.ts';

export async function loadDemoBenchData(
  target: { databaseUrl?: string; dataDir?: string },
  _scale: 'national' | 'municipality',
) {
  const started = performance.now();
  const database = await connect({ databaseUrl: target.databaseUrl ?? null, dataDir: target.dataDir ?? '' });
  try {
    const t0 = performance.now();
    await migrateToLatest(database.db);
    const t1 = performance.now();
    const ctx = systemContext(database.db);
    await runUseCase(loadDemo, ctx, {});
    await loadDemoMeetingHistory(ctx);
    const t2 = performance.now();
    const user = await createTestUser(database.db, { email: 'bench@norddjurs.dk', role: 'caseOfficer' });
    const { token } = await runUseCase(createApiToken, ctx, { userEmail: user.email, expires: '90d' });
    const organisations = await database.db
      .selectFrom('housing_organisation')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      seconds: (performance.now() - started) / 1000,
      phases: { migrate: (t1 - t0) / 1000, demo: (t2 - t1) / 1000 },
      counts: { municipalities: 1, organisations: Number(organisations.n) },
      largestMunicipality: '707',
      users: { caseOfficer: { email: user.email, password: user.password }, apiToken: token },
    };
  } finally {
    await database.close();
  }
}
