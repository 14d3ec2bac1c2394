/**
 * The bare baseline server: node:http and the database driver, nothing else. For every request
 * it looks up the URL in a file of captured statements (sql-capture.ts), sends them one after
 * another through the same driver the product uses (PGlite on the data directory, or a `pg`
 * pool of the product's size) and answers the rows as JSON. Run as a child process by the bench:
 *
 *   BARE_ROUTES=routes.json PORT=… (BARE_DATA_DIR=… | BARE_DATABASE_URL=…) node --import tsx bench/load/bare-server.ts
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pgliteStartParams } from '../../src/db/pglite-start-params.ts';
import { type CapturedStatement, type Execute, replayStatements } from './sql-capture.ts';

// The product's type parsers (src/db/connect.ts): dates as ISO strings, bigint as number.
const DATE_OID = 1082;

async function openDriver(): Promise<{ execute: Execute; close(): Promise<void> }> {
  const url = process.env.BARE_DATABASE_URL;
  if (url) {
    const { default: pg } = await import('pg');
    pg.types.setTypeParser(DATE_OID, (v) => v);
    pg.types.setTypeParser(20, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return {
      execute: async (sql, parameters) => ({ rows: (await pool.query(sql, parameters)).rows }),
      close: () => pool.end(),
    };
  }
  const dataDir = process.env.BARE_DATA_DIR;
  if (!dataDir) throw new Error('BARE_DATA_DIR or BARE_DATABASE_URL is required');
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(path.join(dataDir, 'pgdata'), {
    // The product's start parameters (its shared buffers), so both hold the same in memory.
    startParams: pgliteStartParams(PGlite.defaultStartParams),
    parsers: { [DATE_OID]: (v: string) => v, 20: (v: string) => Number(v) },
  });
  return {
    execute: async (sql, parameters) => ({ rows: (await pglite.query(sql, parameters)).rows }),
    close: () => pglite.close(),
  };
}

const routes = new Map<string, CapturedStatement[]>(
  Object.entries(JSON.parse(fs.readFileSync(process.env.BARE_ROUTES ?? '', 'utf8'))),
);
const driver = await openDriver();
const server = http.createServer((req, res) => {
  const statements = routes.get(req.url ?? '');
  if (!statements) {
    res.writeHead(404).end();
    return;
  }
  replayStatements(statements, driver.execute).then(
    (rows) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows));
    },
    (err: unknown) => {
      res.writeHead(500).end(String(err));
    },
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1');
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
