/**
 * Times one page route in-process on a loaded bench database: bytes, wall time and SQL statements
 * of warm requests, logged in as the dataset's case officer of the largest municipality.
 *
 *   npx tsx bench/route-profile.ts --data-dir DIR --path /orientering [--path /redegoerelser/101] [--email E]
 *
 * Run with `node --cpu-prof --import tsx bench/route-profile.ts …` for a CPU profile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../src/db/connect.ts';
import { cookieHeader, logIn } from '../test/support/auth.ts';
import { startTestApp } from '../test/support/test-app.ts';
import { BENCH_PASSWORD, benchEmail } from './data/load-bench-data.ts';
import { statementRecorder } from './load/sql-capture.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    path: { type: 'string', multiple: true },
    email: { type: 'string', default: benchEmail('sagsbehandler', '101') },
    runs: { type: 'string', default: '3' },
    /** Writes the last response body of each path here (to compare before and after a change). */
    out: { type: 'string' },
  },
});
const database = await connect({ databaseUrl: null, dataDir: values['data-dir'] ?? '' });
const recorder = statementRecorder();
const t = await startTestApp({
  database: { ...database, db: database.db.withPlugin(recorder.plugin) },
  now: new Date(),
});
try {
  const browser = await logIn(t.app, values.email, BENCH_PASSWORD);
  const headers = { cookie: cookieHeader(browser.cookies) };
  for (const url of values.path ?? []) {
    for (let i = 0; i < Number(values.runs); i++) {
      recorder.start();
      const started = performance.now();
      const res = await t.app.inject({ method: 'GET', url, headers });
      const ms = performance.now() - started;
      const statements = recorder.stop();
      console.log(
        `${url} run ${i + 1}: status ${res.statusCode}, ${(res.rawPayload.length / 1024).toFixed(0)} KB, ${(ms / 1000).toFixed(2)} s, ${statements.length} statements`,
      );
      if (values.out)
        fs.writeFileSync(path.join(values.out, `${url.replace(/\W+/g, '_')}.html`), res.rawPayload);
    }
  }
} finally {
  await t.close();
}
