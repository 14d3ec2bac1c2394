/**
 * The app in this process on a loaded bench database (`--data-dir DIR` or `--database-url URL`),
 * every statement it sends passing a recorder — what bench/explain-routes.ts and
 * bench/route-cpu.ts measure routes with.
 */
import { connect } from '../../src/db/connect.ts';
import { startTestApp } from '../../test/support/test-app.ts';
import { statementRecorder } from './sql-capture.ts';

export async function startRecordedApp(where: { dataDir?: string; databaseUrl?: string }) {
  const database = await connect(
    where.databaseUrl
      ? { databaseUrl: where.databaseUrl, dataDir: '' }
      : { databaseUrl: null, dataDir: where.dataDir ?? '' },
  );
  const recorder = statementRecorder();
  const t = await startTestApp({
    database: { ...database, db: database.db.withPlugin(recorder.plugin) },
    now: new Date(),
  });
  return { database, recorder, t };
}
