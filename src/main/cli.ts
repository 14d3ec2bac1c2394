/**
 * Composition root of the command line (`styringsdialog …`, `npm run cli -- …`).
 */

import os from 'node:os';
import type { CliDeps } from '../cli/cli-context.ts';
import { runCli } from '../cli/program.ts';
import { readConfig } from '../config/config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from './open-database.ts';
import { startServer } from './start-server.ts';
import { systemContext } from './system-context.ts';

export function createCliDeps(env: Record<string, string | undefined>): CliDeps {
  const io = {
    out: (s: string) => process.stdout.write(`${s}\n`),
    err: (s: string) => process.stderr.write(`${s}\n`),
  };
  return {
    io,
    async open(options) {
      const config = readConfig(env);
      const database = await openDatabase(config, { migrate: options?.migrate ?? true });
      return {
        ctx: systemContext(database, `cli:${os.userInfo().username}`),
        migrate: async () => (await migrateToLatest(database.db)).applied,
        close: () => database.close(),
      };
    },
    serve: () => startServer(readConfig(env)),
  };
}

try {
  const code = await runCli(process.argv.slice(2), createCliDeps(process.env));
  process.exitCode = code;
} catch (err) {
  console.error(`Uventet fejl / unexpected error: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
