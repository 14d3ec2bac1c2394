/**
 * Reads and validates the environment once, at start. Every problem is reported together,
 * so an operator fixes a broken configuration in one round. Nothing else reads process.env.
 */
import path from 'node:path';
import { z } from 'zod';

export interface Config {
  port: number;
  host: string;
  /** Directory for the embedded database (`pgdata/`), uploaded files and the lock file. */
  dataDir: string;
  /** When set, a PostgreSQL server is used instead of the embedded PGlite. */
  databaseUrl: string | null;
  /** Public base URL used in links written to e-mails and calendar files. */
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load the demo dataset on first start with an empty database. */
  demoOnFirstStart: boolean;
  /** Largest accepted request body in bytes. */
  bodyLimitBytes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ugyldig konfiguration / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'skal være true eller false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  PORT: z.coerce.number({ message: 'skal være et tal' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  STYRINGSDIALOG_DATA: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'skal begynde med postgres:// eller postgresql://' })
    .optional(),
  PUBLIC_URL: z.url({ message: 'skal være en URL, fx http://localhost:3000' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STYRINGSDIALOG_DEMO: booleanText.default(true),
  BODY_LIMIT_BYTES: z.coerce.number({ message: 'skal være et tal' }).int().min(1024).default(1_048_576),
});

/** Validates `env` (normally `process.env`); throws one ConfigError listing every problem. */
export function readConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.STYRINGSDIALOG_DATA),
    databaseUrl: e.DATABASE_URL ?? null,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    demoOnFirstStart: e.STYRINGSDIALOG_DEMO,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
  };
}
