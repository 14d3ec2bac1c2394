/**
 * The bare baseline's SQL: a Kysely plugin records every statement the product sends (compiled
 * SQL and its parameters, in order), and `replayStatements` sends the same list through any
 * driver. The bench records one request per route in-process on the loaded database, and the
 * bare server (bare-server.ts) replays that list for every request to the route.
 */
import { type KyselyPlugin, PostgresQueryCompiler } from 'kysely';

export interface CapturedStatement {
  sql: string;
  parameters: unknown[];
}

export interface StatementRecorder {
  plugin: KyselyPlugin;
  /** Records only between start() and stop(); stop() returns what was sent meanwhile. */
  start(): void;
  stop(): CapturedStatement[];
}

export function statementRecorder(): StatementRecorder {
  const compiler = new PostgresQueryCompiler();
  let recorded: CapturedStatement[] | null = null;
  return {
    plugin: {
      transformQuery({ node, queryId }) {
        if (recorded) {
          const compiled = compiler.compileQuery(node, queryId);
          recorded.push({ sql: compiled.sql, parameters: [...compiled.parameters] });
        }
        return node;
      },
      transformResult: async ({ result }) => result,
    },
    start() {
      recorded = [];
    },
    stop() {
      const out = recorded ?? [];
      recorded = null;
      return out;
    },
  };
}

/** What a driver must offer: one parameterised statement, its rows back. */
export type Execute = (sql: string, parameters: unknown[]) => Promise<{ rows: unknown[] }>;

/** Sends the statements one after another, as the product did, and returns each one's rows. */
export async function replayStatements(
  statements: readonly CapturedStatement[],
  execute: Execute,
): Promise<unknown[][]> {
  const results: unknown[][] = [];
  for (const s of statements) results.push((await execute(s.sql, s.parameters)).rows);
  return results;
}

/** Statements that change data cannot be replayed as a read baseline. */
export function writesIn(statements: readonly CapturedStatement[]): CapturedStatement[] {
  return statements.filter((s) => /^\s*(insert|update|delete|merge)\b/iu.test(s.sql));
}
