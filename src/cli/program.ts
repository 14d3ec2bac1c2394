/**
 * The `styringsdialog` command line: one file per command under commands/. Human output by
 * default, `--json` for machines; exit codes in exit-codes.ts.
 */
import { Command, CommanderError } from 'commander';
import type { CliDeps } from './cli-context.ts';
import { agreementsCommand } from './commands/agreements.ts';
import { auditCommand } from './commands/audit.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { casesCommand } from './commands/cases.ts';
import { complianceCommand } from './commands/compliance.ts';
import { demoCommand } from './commands/demo.ts';
import { importAgendaCommand } from './commands/import-agenda.ts';
import { importKeyFiguresCommand, keyFigureThresholdsCommand } from './commands/import-key-figures.ts';
import { importRegistryCommand } from './commands/import-registry.ts';
import { meetingsCommand } from './commands/meetings.ts';
import { migrateCommand } from './commands/migrate.ts';
import { modelsCommand } from './commands/models.ts';
import { municipalitiesCommand } from './commands/municipalities.ts';
import { organisationsCommand } from './commands/organisations.ts';
import { orientationCommand } from './commands/orientation.ts';
import { planCommand } from './commands/plan.ts';
import { recordCommand } from './commands/record.ts';
import { remindersCommand } from './commands/reminders.ts';
import { serveCommand } from './commands/serve.ts';
import { tokensCommand } from './commands/tokens.ts';
import { usersCommand } from './commands/users.ts';
import { EXIT } from './exit-codes.ts';

export const commands = [
  serveCommand,
  migrateCommand,
  backupCommand,
  restoreCommand,
  demoCommand,
  organisationsCommand,
  importRegistryCommand,
  importKeyFiguresCommand,
  keyFigureThresholdsCommand,
  modelsCommand,
  planCommand,
  complianceCommand,
  meetingsCommand,
  recordCommand,
  agreementsCommand,
  usersCommand,
  tokensCommand,
  auditCommand,
  importAgendaCommand,
  casesCommand,
  orientationCommand,
  municipalitiesCommand,
  remindersCommand,
];

/** Parses argv and runs the command; resolves to the exit code. */
export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command()
    .name('styringsdialog')
    .description('Styringsdialog med de almene boligorganisationer (almenboligloven § 164)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => deps.io.out(s.trimEnd()),
      writeErr: (s) => deps.io.err(s.trimEnd()),
    });
  for (const register of commands) register(program, deps, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
  return exitCode;
}
