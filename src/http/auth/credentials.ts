/**
 * Reads the credentials of a request — the `sd_session` cookie or `Authorization: Bearer` —
 * and resolves them once per request (memoised), for the actor, the CSRF check and the pages.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/app-error.ts';
import { type ResolvedCredentials, resolveCredentials } from '../../app/auth/sessions.ts';
import type { HttpDeps } from '../request-context.ts';

export const SESSION_COOKIE = 'sd_session';
/** The CSRF double-submit cookie for visitors without a session (login and password forms). */
export const CSRF_COOKIE = 'sd_csrf';

const resolved = new WeakMap<FastifyRequest, Promise<ResolvedCredentials>>();

/** `Bearer <token>` → token; no header → null; any other Authorization header → 401. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const m = /^Bearer +([A-Za-z0-9._~+/=-]{1,500}) *$/i.exec(header);
  if (!m?.[1]) {
    throw new AppError(
      'unauthenticated',
      'Ugyldig Authorization-header',
      'Brug "Authorization: Bearer <adgangsnøgle>".',
    );
  }
  return m[1];
}

export function credentialsFor(deps: HttpDeps, request: FastifyRequest): Promise<ResolvedCredentials> {
  let found = resolved.get(request);
  if (!found) {
    found = (async () =>
      resolveCredentials(
        deps.unitOfWork({ actor: 'system:auth', requestId: request.id }),
        { sessionToken: request.cookies?.[SESSION_COOKIE] ?? null, bearerToken: bearerToken(request) },
        deps.now(),
      ))();
    resolved.set(request, found);
  }
  return found;
}

/** The real actor resolver: wire it as HttpDeps.resolveActor (main/http-deps.ts). */
export async function resolveRequestActor(deps: HttpDeps, request: FastifyRequest): Promise<Actor> {
  return (await credentialsFor(deps, request)).actor;
}

/** Forgets the memoised credentials, after a login or logout changed them within the request. */
export function forgetCredentials(request: FastifyRequest): void {
  resolved.delete(request);
}

export function isHttps(request: FastifyRequest): boolean {
  // trustProxy is on, so behind a TLS-terminating proxy this reads X-Forwarded-Proto.
  return request.protocol === 'https';
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { sessionToken: string; expiresAt: Date },
): void {
  reply.setCookie(SESSION_COOKIE, session.sessionToken, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(request),
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: isHttps(request) });
}
