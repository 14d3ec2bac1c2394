import type { Command } from 'commander';
import type { CliDeps } from '../cli-context.ts';
import { reportError } from '../run-command.ts';

export function serveCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('Start webserveren / start the web server')
    .action(async () => {
      try {
        await deps.serve();
      } catch (err) {
        setExit(reportError(deps, err, false));
      }
    });
}
