/**
 * `--server URL --token T`: a writing command done by the running server instead of the local
 * database — the way to revoke a token or deactivate a user while the server holds the embedded
 * database (PGlite allows one process). Calls the JSON API with the operator's bearer token and
 * maps the answer (problem+json) to the CLI's messages and exit codes.
 */
import { AppError, type AppErrorCode } from '../app/app-error.ts';
import type { CliDeps } from './cli-context.ts';
import { EXIT } from './exit-codes.ts';
import { type Printable, reportError } from './run-command.ts';

export interface ServerOptions {
  server?: string;
  token?: string;
  json?: boolean;
}

export async function callServer(
  options: { server: string; token: string },
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(new URL(path, options.server), {
      method,
      headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
    });
  } catch (err) {
    throw new AppError(
      'notFound',
      'Serveren svarer ikke',
      `${options.server} svarer ikke (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok) {
    const code = (typeof body?.code === 'string' ? body.code : 'invalidInput') as AppErrorCode;
    throw new AppError(
      code,
      String(body?.title ?? `Serveren svarede ${res.status}`),
      String(body?.detail ?? `${method} ${path}`),
    );
  }
  return body;
}

/** Runs `body` against the server when `--server` is given; `--token` is then required. */
export async function runAgainstServer(
  deps: CliDeps,
  options: ServerOptions,
  body: (server: { server: string; token: string }) => Promise<Printable>,
): Promise<number> {
  try {
    const token = options.token ?? process.env.STYRINGSDIALOG_TOKEN;
    if (!options.server || !token) {
      throw new AppError(
        'invalidInput',
        'Adgangsnøgle mangler',
        'Med --server skal der også angives --token (eller STYRINGSDIALOG_TOKEN): en administrators adgangsnøgle, fx fra siden /min-profil.',
      );
    }
    const result = await body({ server: options.server, token });
    deps.io.out(options.json ? JSON.stringify(result.json, null, 2) : result.text);
    return result.exitCode ?? EXIT.ok;
  } catch (err) {
    return reportError(deps, err, options.json ?? false);
  }
}
