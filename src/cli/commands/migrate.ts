import type { Command } from 'commander';
import type { CliDeps } from '../cli-context.ts';
import { runCommand } from '../run-command.ts';

export function migrateCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('migrate')
    .description('Kør databasemigreringer (kun fremad) / run database migrations')
    .option('--json', 'output as JSON')
    .action(async (opts: { json?: boolean }) => {
      setExit(
        await runCommand(deps, { json: opts.json, migrate: false }, async (session) => {
          const applied = await session.migrate();
          return {
            json: { applied },
            text:
              applied.length === 0
                ? 'Databasen er allerede opdateret.'
                : `Migreringer kørt: ${applied.join(', ')}`,
          };
        }),
      );
    });
}
