/**
 * Runs a command body with the CLI conventions: open the database, print human text or JSON,
 * map errors to exit codes with a plain message on stderr, close the database.
 */
import { AppError } from '../app/app-error.ts';
import type { CliDeps, CliSession } from './cli-context.ts';
import { EXIT, exitCodeByErrorCode } from './exit-codes.ts';

export interface Printable {
  json: unknown;
  text: string;
  /** Exit code for a completed command whose result is a rule failure (e.g. a dry run with errors). */
  exitCode?: number;
}

export async function runCommand(
  deps: CliDeps,
  options: {
    json?: boolean;
    migrate?: boolean;
    /**
     * For commands that write: how to do the same while the server holds the embedded database
     * (the page, the API route, `--server`), printed when the database is locked.
     */
    whileServerRuns?: readonly string[];
  },
  body: (session: CliSession) => Promise<Printable>,
): Promise<number> {
  let session: CliSession | undefined;
  try {
    session = await deps.open({ migrate: options.migrate ?? true });
    const result = await body(session);
    deps.io.out(options.json ? JSON.stringify(result.json, null, 2) : result.text);
    return result.exitCode ?? EXIT.ok;
  } catch (err) {
    if (err instanceof AppError && err.code === 'databaseLocked' && options.whileServerRuns) {
      deps.io.err(
        [
          'Serveren kører og har databasen. Gør det i stedet mens den kører / while the server runs:',
          ...options.whileServerRuns,
        ]
          .map((l, i) => (i === 0 ? l : `  ${l}`))
          .join('\n'),
      );
    }
    return reportError(deps, err, options.json ?? false);
  } finally {
    await session?.close();
  }
}

export function reportError(deps: CliDeps, err: unknown, json: boolean): number {
  if (err instanceof AppError) {
    const lines = [
      `Fejl: ${err.title}. ${err.detail}`,
      ...err.fieldErrors.map((f) => `  - ${f.field}: ${f.message}`),
    ];
    deps.io.err(lines.join('\n'));
    if (json)
      deps.io.out(
        JSON.stringify(
          { error: { code: err.code, title: err.title, detail: err.detail, errors: err.fieldErrors } },
          null,
          2,
        ),
      );
    return exitCodeByErrorCode[err.code];
  }
  deps.io.err(`Uventet fejl / unexpected error: ${err instanceof Error ? err.message : String(err)}`);
  return EXIT.defect;
}
