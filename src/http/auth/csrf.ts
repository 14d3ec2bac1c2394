/**
 * CSRF protection for everything a browser can send with ambient credentials.
 *
 * - Logged in (valid session cookie): a synchronizer token stored in the session row.
 * - Not logged in (login, forgotten password): a double-submit token in the `sd_csrf` cookie.
 * - Forms send the token as the hidden field `_csrf` (web/components/csrf-field.tsx);
 *   scripts may send the `x-csrf-token` header instead.
 * - API calls with a bearer token need no token: nothing ambient is involved. API calls that
 *   rely on the session cookie must send `x-csrf-token` (GET /api/v1/me tells it).
 *
 * SameSite=Lax cookies already stop most cross-site posts; the token also covers old browsers
 * and same-site attackers (another app on a sibling sub-domain).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../app/app-error.ts';
import { newSecret, secretsEqual } from '../../app/auth/secrets.ts';
import type { HttpDeps } from '../request-context.ts';
import { CSRF_COOKIE, credentialsFor, isHttps } from './credentials.ts';

export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The token a page should put in its forms. For a visitor without a session this sets the
 * `sd_csrf` cookie when it is missing.
 */
export async function csrfTokenFor(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<string> {
  const credentials = await credentialsFor(deps, request).catch(() => null);
  if (credentials?.session) return credentials.session.csrfToken;
  const existing = request.cookies?.[CSRF_COOKIE];
  if (existing && TOKEN_SHAPE.test(existing)) return existing;
  const token = newSecret();
  reply.setCookie(CSRF_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(request),
  });
  if (request.cookies) request.cookies[CSRF_COOKIE] = token;
  return token;
}

function submittedToken(request: FastifyRequest): string | null {
  const header = request.headers[CSRF_HEADER];
  if (typeof header === 'string') return header;
  const body = request.body;
  if (body && typeof body === 'object' && CSRF_FIELD in body) {
    const value = (body as Record<string, unknown>)[CSRF_FIELD];
    if (typeof value === 'string') return value;
    // @fastify/multipart with attachFieldsToBody gives { value } objects.
    if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
      return value.value;
    }
  }
  return null;
}

export function csrfRejected(): AppError {
  return new AppError(
    'forbidden',
    'Formularen kunne ikke sendes',
    'Siden var for gammel, eller formularen kom ikke fra Styringsdialog. Gå tilbage, genindlæs siden og prøv igen.',
  );
}

export async function checkCsrf(deps: HttpDeps, request: FastifyRequest): Promise<void> {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.authorization !== undefined) {
    // A bearer-authenticated call carries no ambient credential; credentialsFor validates it.
    await credentialsFor(deps, request);
    return;
  }
  const credentials = await credentialsFor(deps, request);
  const isApi = request.url.startsWith('/api/');
  let expected: string | null;
  if (credentials.session) expected = credentials.session.csrfToken;
  else if (isApi)
    return; // No session and no token: the caller acts as the public.
  else expected = request.cookies?.[CSRF_COOKIE] ?? null;
  const submitted = submittedToken(request);
  if (!expected || !submitted || !secretsEqual(expected, submitted)) throw csrfRejected();
}

/** Adds the CSRF check to every route and `WWW-Authenticate` to the API's 401 answers. */
export function registerAuthHooks(app: FastifyInstance, deps: HttpDeps): void {
  app.addHook('preHandler', async (request) => {
    await checkCsrf(deps, request);
  });
  app.addHook('onSend', async (request, reply) => {
    if (reply.statusCode === 401 && request.url.startsWith('/api/')) {
      reply.header('www-authenticate', 'Bearer realm="styringsdialog"');
    }
  });
}
