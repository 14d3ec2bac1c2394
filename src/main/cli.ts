/**
 * Composition root of the command line (`styringsdialog …`, `npm run cli -- …`). The database,
 * the migrations and the web server are imported when a command needs them, so that `--help`
 * and usage errors answer at once.
 */

import os from 'node:os';
import type { CliDeps } from '../cli/cli-context.ts';
import { runCli } from '../cli/program.ts';
import { readConfig } from '../config/config.ts';

export function createCliDeps(env: Record<string, string | undefined>): CliDeps {
  const io = {
    out: (s: string) => process.stdout.write(`${s}\n`),
    err: (s: string) => process.stderr.write(`${s}\n`),
  };
  return {
    io,
    async open(options) {
      const config = readConfig(env);
      const [{ openDatabase }, { migrateToLatest }, { systemContext }] = await Promise.all([
        import('./open-database.ts'),
        import('../db/migrate.ts'),
        import('./system-context.ts'),
      ]);
      const database = await openDatabase(config, { migrate: options?.migrate ?? true });
      return {
        ctx: systemContext(database, `cli:${os.userInfo().username}`),
        publicUrl: config.publicUrl,
        migrate: async () => (await migrateToLatest(database.db)).applied,
        close: () => database.close(),
      };
    },
    backup: async (file) => {
      const config = readConfig(env);
      const { backupDatabase } = await import('../db/backup.ts');
      return backupDatabase(config, file);
    },
    restore: async (file) => {
      const config = readConfig(env);
      const { restoreDatabase } = await import('../db/backup.ts');
      return restoreDatabase(config, file);
    },
    serve: async () => {
      const config = readConfig(env);
      const { startServer } = await import('./start-server.ts');
      await startServer(config);
    },
  };
}

try {
  const code = await runCli(process.argv.slice(2), createCliDeps(process.env));
  process.exitCode = code;
} catch (err) {
  console.error(`Uventet fejl / unexpected error: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
