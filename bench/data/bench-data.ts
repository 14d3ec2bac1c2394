/**
 * `npm run bench:data -- --scale national|municipality [--database-url URL | --data-dir DIR] [--checksum]`:
 * loads the bench dataset (load-bench-data.ts) into an empty database and prints the time of each
 * phase, the counts and the largest municipality's case officer login. Without a target it uses
 * a fresh PGlite directory under the system's temp dir (printed). The manifest it stores beside
 * the data (app_meta; bench-manifest.json in a data directory) lets `npm run bench -- --data-dir
 * DIR` / `--database-url URL` reuse the dataset. `--checksum` adds a checksum of the content per
 * table (content-checksum.ts), equal for equal loads on either database.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadBenchData } from './load-bench-data.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'municipality' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
    checksum: { type: 'boolean', default: false },
  },
});
const scale = values.scale;
if (scale !== 'national' && scale !== 'municipality') {
  console.error(
    'Usage: npm run bench:data -- --scale national|municipality [--database-url URL | --data-dir DIR] [--checksum] [--json]',
  );
  process.exit(2);
}
const dataDir =
  values['data-dir'] ??
  (values['database-url']
    ? undefined
    : await fs.mkdtemp(path.join(os.tmpdir(), `styringsdialog-bench-${scale}-`)));
const where = values['database-url'] ? 'PostgreSQL' : `PGlite in ${dataDir}`;
console.log(
  `Loading the ${scale} bench dataset into ${where} (${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
);
const result = await loadBenchData({ databaseUrl: values['database-url'], dataDir }, scale, {
  log: (line) => console.log(`  ${line}`),
  checksum: values.checksum,
});
if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`  ${'total'.padEnd(28)} ${result.seconds.toFixed(1).padStart(7)} s`);
  console.log(
    `Counts: ${Object.entries(result.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
      .join(', ')}`,
  );
  if (result.checksum)
    console.log(
      `Checksum: ${Object.entries(result.checksum)
        .map(([table, c]) => `${table} ${c.rows} rows ${c.sha256}`)
        .join(', ')}`,
    );
  console.log(
    `Largest municipality ${result.largestMunicipality}; case officer ${result.users.caseOfficer.email} / ${result.users.caseOfficer.password}`,
  );
  console.log(
    `Load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}
