/**
 * Secrets never reach the log. Request URLs carry some by design — a calendar feed is
 * `/kalender/<token>.ics`, a password link `/nulstil-adgangskode?token=…`, the OIDC callback
 * `?code=…&state=…` — and an error message may repeat a URL. The logger's serializers pass every
 * URL and error text through `redactSecrets`; cookies and the Authorization header are not
 * serialized at all (and are also on pino's redact list, for any code that logs headers).
 */
export const REDACTED = '[skjult]';

/** Query parameters whose values are secrets (one-time links, OIDC, CSRF). */
const SECRET_PARAMS = [
  'token',
  'code',
  'state',
  'session_state',
  'id_token',
  'access_token',
  'refresh_token',
  '_csrf',
];

const SECRET_PARAM = new RegExp(`([?&](?:${SECRET_PARAMS.join('|')})=)[^&#\\s"']*`, 'gi');
/** The feed token is the path segment after /kalender/ (with or without .ics). */
const FEED_PATH = /(\/kalender\/)[^/?#\s"']+/gi;
/** Bearer tokens (`sd_…`) wherever they appear. */
const API_TOKEN = /\bsd_[A-Za-z0-9_-]{8,}/g;
/**
 * Any other value shaped like our secrets (app/auth/secrets.ts: 32 random bytes as exactly 43
 * base64url characters), wherever it stands. Longer ids and 64-character hashes are kept.
 */
const SECRET_SHAPED = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** The text with every secret it may carry replaced by [skjult]. */
export function redactSecrets(text: string): string {
  return text
    .replace(FEED_PATH, `$1${REDACTED}`)
    .replace(SECRET_PARAM, `$1${REDACTED}`)
    .replace(API_TOKEN, `sd_${REDACTED}`)
    .replace(SECRET_SHAPED, REDACTED);
}

interface SerializedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

/** pino serializers for Fastify's logger: the request without secrets, errors without secrets. */
export const logSerializers = {
  req(request: {
    method?: string;
    url?: string;
    host?: string;
    ip?: string;
    socket?: { remotePort?: number };
  }) {
    return {
      method: request.method,
      url: redactSecrets(request.url ?? ''),
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    };
  },
  err(error: unknown): SerializedError {
    if (!(error instanceof Error))
      return { type: typeof error, message: redactSecrets(String(error)), stack: '' };
    return {
      type: error.name,
      message: redactSecrets(error.message),
      stack: redactSecrets(error.stack ?? ''),
      ...('code' in error ? { code: (error as { code: unknown }).code } : {}),
    };
  },
};

/** Paths pino blanks wherever they occur in a log object (belt and braces for the serializers). */
export const LOG_REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
  'token',
  'password',
];
