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
  /** The configured public base URL (PUBLIC_URL), for absolute links in mails; absent in tests. */
  publicUrl?: string;
  /** For commands that manage the database itself (migrate). */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export interface CliDeps {
  io: CliIo;
  open(options?: { migrate?: boolean }): Promise<CliSession>;
  /** Starts the HTTP server (the `serve` command); resolves when it has stopped. */
  serve(): Promise<void>;
  /** The configured database to FILE (db/backup.ts); absent where there is no configuration (tests). */
  backup?(file: string): Promise<{ kind: string; bytes: number }>;
  /** FILE into the configured database; the embedded database's old directory is kept (returned). */
  restore?(file: string): Promise<{ kind: string; previous: string | null }>;
}

export type { UnitOfWork };
