/**
 * What every CLI command gets: a way to open the database (lazily: `--help` opens nothing),
 * output streams, and the clock. Commands call use cases through runUseCase like the web does.
 */
import type { UnitOfWork } from '../app/ports.ts';
import type { UseCaseContext } from '../app/use-case.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliSession {
  ctx: UseCaseContext;
  /** For commands that manage the database itself (migrate). */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export interface CliDeps {
  io: CliIo;
  open(options?: { migrate?: boolean }): Promise<CliSession>;
  /** Starts the HTTP server (the `serve` command); resolves when it has stopped. */
  serve(): Promise<void>;
}

export type { UnitOfWork };
