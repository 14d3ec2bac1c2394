/**
 * Reads and validates the environment once, at start. Every problem is reported together,
 * so an operator fixes a broken configuration in one round. Nothing else reads process.env.
 */
import { isIP } from 'node:net';
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
  /** Host name that makes calendar UIDs unique (CALENDAR_UID_DOMAIN); null = the host of publicUrl. */
  calendarUidDomain: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load the demo dataset on first start with an empty database. */
  demoOnFirstStart: boolean;
  /** Largest accepted request body in bytes. */
  bodyLimitBytes: number;
  /** Requests worked on at once, waiting beyond that, and how long one may wait (http/admission.ts). */
  admission: { concurrency: number; queue: number; maxWaitMs: number };
  /** Login with the municipality's OpenID Connect provider (e.g. Entra ID); null when not configured. */
  oidc: OidcConfig | null;
  /**
   * Which proxies' X-Forwarded-For/-Proto headers are believed (TRUST_PROXY): false = none (the
   * default: the client address is the socket's), a hop count, or the proxies' addresses/CIDRs.
   */
  trustProxy: TrustProxy;
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: webhooks may go to loopback, link-local and private addresses. */
  webhookAllowPrivateTargets: boolean;
  /** SMTP delivery of the mail queue (SMTP_URL + MAIL_FROM); null = the outbox page is the delivery. */
  smtp: { url: string; from: string } | null;
  /** ORGANIZER of meeting invitations (CALENDAR_ORGANIZER_EMAIL); null = the case officer who invites. */
  calendarOrganizerEmail: string | null;
}

/** Fastify's `trustProxy` in the forms this product allows; `true` (trust anyone) is not one. */
export type TrustProxy = false | number | string[];

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  scopes: string;
  /** The ID token / userinfo claim with the e-mail that maps to a local user. */
  emailClaim: string;
  allowInsecureHttp: boolean;
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

/** One proxy address or CIDR range, IPv4 or IPv6 (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8). */
function isAddressOrCidr(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (version === 4 ? 32 : 128);
}

const trustProxyText = z
  .string()
  .trim()
  .transform((value, ctx): TrustProxy => {
    if (['false', '0', 'no', 'off'].includes(value.toLowerCase())) return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    const bad = entries.filter((e) => !isAddressOrCidr(e));
    if (entries.length === 0 || bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `skal være false, et antal proxyer (fx 1) eller proxyernes adresser, fx 10.0.0.5,10.1.0.0/16${
          bad.length > 0 ? ` (ugyldig: ${bad.join(', ')})` : ''
        }`,
      });
      return z.NEVER;
    }
    return entries;
  });

const schema = z.object({
  PORT: z.coerce.number({ message: 'skal være et tal' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  STYRINGSDIALOG_DATA: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'skal begynde med postgres:// eller postgresql://' })
    .optional(),
  PUBLIC_URL: z.url({ message: 'skal være en URL, fx http://localhost:3000' }).optional(),
  CALENDAR_UID_DOMAIN: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i, {
      message: 'skal være et værtsnavn, fx styringsdialog.norddjurs.dk',
    })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STYRINGSDIALOG_DEMO: booleanText.default(true),
  BODY_LIMIT_BYTES: z.coerce.number({ message: 'skal være et tal' }).int().min(1024).default(1_048_576),
  MAX_CONCURRENT_REQUESTS: z.coerce.number({ message: 'skal være et tal' }).int().min(1).default(32),
  REQUEST_QUEUE_LENGTH: z.coerce.number({ message: 'skal være et tal' }).int().min(0).default(512),
  REQUEST_QUEUE_WAIT_MS: z.coerce.number({ message: 'skal være et tal' }).int().min(1).default(5_000),
  OIDC_ISSUER_URL: z
    .url({ message: 'skal være en URL, fx https://login.microsoftonline.com/<tenant>/v2.0' })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z
    .url({ message: 'skal være en URL, fx https://styringsdialog.example.dk/log-ind/oidc/callback' })
    .optional(),
  OIDC_SCOPES: z
    .string()
    .refine((s) => s.split(/\s+/).includes('openid'), { message: 'skal indeholde openid' })
    .default('openid email profile'),
  OIDC_EMAIL_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]+$/, {
      message: 'skal være navnet på et claim, fx email eller preferred_username',
    })
    .default('email'),
  OIDC_ALLOW_HTTP: booleanText.default(false),
  TRUST_PROXY: trustProxyText.default(false),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: booleanText.default(false),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, {
      message: 'skal være en smtp://- eller smtps://-URL, fx smtp://bruger:kode@mail.norddjurs.dk:587',
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/, {
      message: 'skal være en afsenderadresse, fx "Norddjurs Kommune <styringsdialog@norddjurs.dk>"',
    })
    .optional(),
  CALENDAR_ORGANIZER_EMAIL: z
    .email({ message: 'skal være en e-mailadresse, fx styringsdialog@norddjurs.dk' })
    .optional(),
});

const OIDC_REQUIRED = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

/** Problems that involve several OIDC variables; reported together with the per-variable ones. */
function oidcProblems(env: Record<string, string>): string[] {
  const given = OIDC_REQUIRED.filter((k) => env[k] !== undefined);
  if (given.length === 0) return [];
  const problems: string[] = [];
  const missing = OIDC_REQUIRED.filter((k) => env[k] === undefined);
  if (missing.length > 0) {
    problems.push(
      `${missing.join(', ')}: skal angives, når OpenID Connect-login er slået til (${given.join(', ')} er sat)`,
    );
  }
  const allowHttp = ['true', '1', 'yes'].includes(env.OIDC_ALLOW_HTTP ?? '');
  for (const key of ['OIDC_ISSUER_URL', 'OIDC_REDIRECT_URL'] as const) {
    const value = env[key];
    if (value?.startsWith('http://') && !allowHttp) {
      problems.push(`${key}: skal bruge https (http kun til lokale test med OIDC_ALLOW_HTTP=true)`);
    }
  }
  return problems;
}

/** SMTP needs a sender: a relay refuses mail without one, and a guessed one would bounce. */
function smtpProblems(env: Record<string, string>): string[] {
  return env.SMTP_URL !== undefined && env.MAIL_FROM === undefined
    ? ['MAIL_FROM: skal angives, når SMTP_URL er sat (fx "Norddjurs Kommune <styringsdialog@norddjurs.dk>")']
    : [];
}

/** Validates `env` (normally `process.env`); throws one ConfigError listing every problem. */
export function readConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  const crossProblems = [
    ...oidcProblems(present as Record<string, string>),
    ...smtpProblems(present as Record<string, string>),
  ];
  if (!parsed.success || crossProblems.length > 0) {
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError([...issues, ...crossProblems]);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.STYRINGSDIALOG_DATA),
    databaseUrl: e.DATABASE_URL ?? null,
    publicUrl,
    calendarUidDomain: e.CALENDAR_UID_DOMAIN ?? null,
    logLevel: e.LOG_LEVEL,
    demoOnFirstStart: e.STYRINGSDIALOG_DEMO,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    admission: {
      concurrency: e.MAX_CONCURRENT_REQUESTS,
      queue: e.REQUEST_QUEUE_LENGTH,
      maxWaitMs: e.REQUEST_QUEUE_WAIT_MS,
    },
    trustProxy: e.TRUST_PROXY,
    webhookAllowPrivateTargets: e.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    smtp: e.SMTP_URL && e.MAIL_FROM ? { url: e.SMTP_URL, from: e.MAIL_FROM } : null,
    calendarOrganizerEmail: e.CALENDAR_ORGANIZER_EMAIL?.toLowerCase() ?? null,
    oidc:
      e.OIDC_ISSUER_URL && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuerUrl: e.OIDC_ISSUER_URL,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            redirectUrl: e.OIDC_REDIRECT_URL ?? `${publicUrl}/log-ind/oidc/callback`,
            scopes: e.OIDC_SCOPES,
            emailClaim: e.OIDC_EMAIL_CLAIM,
            allowInsecureHttp: e.OIDC_ALLOW_HTTP,
          }
        : null,
  };
}
