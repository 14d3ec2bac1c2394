/**
 * Runs the real CLI program in-process against a test database, capturing its output.
 */
import type { Kysely } from 'kysely';
import type { CliDeps } from '../../src/cli/cli-context.ts';
import { runCli } from '../../src/cli/program.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/schema.ts';
import { createUnitOfWork } from '../../src/db/unit-of-work.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json<T = unknown>(): T;
}

export async function runCliAgainst(
  db: Kysely<Database>,
  argv: string[],
  today = '2026-11-22',
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const deps: CliDeps = {
    io: { out: (s) => out.push(s), err: (s) => err.push(s) },
    async open() {
      const requestId = 'cli-test';
      return {
        ctx: {
          actor: { kind: 'system', name: 'cli:test' },
          today,
          requestId,
          uow: createUnitOfWork(db, { actor: 'system:cli:test', requestId }),
        },
        migrate: async () => (await migrateToLatest(db)).applied,
        close: async () => {},
      };
    },
    serve: async () => {},
  };
  const code = await runCli(argv, deps);
  const stdout = out.join('\n');
  return { code, stdout, stderr: err.join('\n'), json: <T>() => JSON.parse(stdout) as T };
}
