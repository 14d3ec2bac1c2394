/**
 * `backup FILE` / `restore FILE`: the configured database (embedded: PGlite's own dump; server:
 * pg_dump's custom format) to a file and back. After a restore the migrations run and the stored
 * compliance is checked against a fresh computation (exit 3 when it differs: then run
 * `compliance rebuild`). Neither runs while the server holds the embedded database.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../app/app-error.ts';
import { checkStoredCompliance } from '../../app/governance/rebuild-compliance.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { EXIT } from '../exit-codes.ts';
import { reportError, runCommand } from '../run-command.ts';

/** The exit code and message; a locked embedded database also says to stop the server. */
function failed(deps: CliDeps, err: unknown): number {
  if (err instanceof AppError && err.code === 'databaseLocked')
    deps.io.err(
      'Stop serveren først / stop the server first: backup og restore bruger den stoppede database.',
    );
  return reportError(deps, err, false);
}

export function backupCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('backup')
    .description('Tag en sikkerhedskopi af databasen til en fil')
    .argument('<file>', 'fx styringsdialog-2026-12-01.backup')
    .action(async (file: string) => {
      if (!deps.backup) return setExit(EXIT.usage);
      try {
        const out = await deps.backup(path.resolve(file));
        deps.io.out(`Sikkerhedskopi (${out.kind}) skrevet til ${file}: ${out.bytes} bytes.`);
        setExit(EXIT.ok);
      } catch (err) {
        setExit(failed(deps, err));
      }
    });
}

export function restoreCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('restore')
    .description('Genskab databasen fra en sikkerhedskopi og kontrollér den gemte opfyldelse')
    .argument('<file>', 'en fil fra styringsdialog backup')
    .action(async (file: string) => {
      if (!deps.restore) return setExit(EXIT.usage);
      try {
        const out = await deps.restore(path.resolve(file));
        deps.io.out(
          `Databasen (${out.kind}) er genskabt fra ${file}.` +
            (out.previous ? ` Den tidligere database ligger i ${out.previous}.` : ''),
        );
      } catch (err) {
        setExit(failed(deps, err));
        return;
      }
      setExit(
        await runCommand(deps, {}, async ({ ctx }) => {
          const check = await runUseCase(checkStoredCompliance, ctx, {});
          return {
            json: check,
            exitCode: check.ok ? EXIT.ok : EXIT.invalid,
            text: check.ok
              ? `Kontrol: den gemte opfyldelse for ${check.checks.length} kommune(r) er lig en ny beregning.`
              : "Kontrol: den gemte opfyldelse afviger fra en ny beregning; kør 'styringsdialog compliance rebuild'.",
          };
        }),
      );
    });
}
