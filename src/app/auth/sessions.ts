/**
 * Opening sessions and turning credentials (a session cookie or a bearer token) into an Actor.
 * Not use cases: these run on every request, below the catalogue, and write nothing but
 * last-seen times. Opening a session is done inside the login use cases, which audit it.
 */
import { DateTime } from 'luxon';
import { sessionExpiry, sessionIsValid, worthTouching } from '../../domain/auth/session-rules.ts';
import { DANISH_ZONE } from '../../domain/shared/copenhagen-date.ts';
import type { Actor, RoleGrant } from '../actor.ts';
import { AppError } from '../app-error.ts';
import type { Store, UnitOfWork } from '../ports.ts';
import type { GrantRecord, UserRecord } from './auth-store.ts';
import { hashSecret, newSecret } from './secrets.ts';

export interface OpenedSession {
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function openSession(s: Store, userId: string, now: Date): Promise<OpenedSession> {
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = sessionExpiry(now);
  await s.auth.insertSession(hashSecret(sessionToken), {
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { sessionToken, csrfToken, expiresAt };
}

export function toRoleGrant(g: GrantRecord): RoleGrant {
  return {
    role: g.role,
    municipality: g.municipality,
    ...(g.organisationId ? { organisationId: g.organisationId } : {}),
    ...(g.unit ? { unit: g.unit } : {}),
  };
}

/**
 * The grants that give access now: a grant in a suspended municipality gives none while the
 * suspension lasts (issue 17), so its users can neither read nor write there.
 */
export function usableGrants(grants: readonly GrantRecord[]): GrantRecord[] {
  return grants.filter((g) => !g.municipalitySuspended);
}

/** Refuses a login when every municipality the account works in is suspended. */
export function refuseIfSuspended(grants: readonly GrantRecord[]): void {
  if (grants.length > 0 && usableGrants(grants).length === 0) {
    throw new AppError(
      'forbidden',
      'Kommunen er suspenderet',
      'Kommunen er midlertidigt lukket i Styringsdialog, så du kan ikke logge ind. Kontakt kommunens administrator.',
    );
  }
}

/** The actor of an account with its usable grants, or null when it is deactivated. */
function actorOf(user: UserRecord, grants: readonly GrantRecord[]): Actor | null {
  if (!user.active) return null;
  return { kind: 'user', id: user.id, name: user.name, grants: usableGrants(grants).map(toRoleGrant) };
}

/** The actor for an active account, or null when it is missing or deactivated. */
export async function actorForUser(s: Store, userId: string): Promise<Actor | null> {
  const user = await s.auth.getUser(userId);
  if (!user?.active) return null;
  return actorOf(user, await s.auth.listGrants([user.id]));
}

export interface ResolvedCredentials {
  actor: Actor;
  /** Set when a valid session cookie authenticated the request (its CSRF token lives there). */
  session: { idHash: string; csrfToken: string } | null;
  via: 'session' | 'apiToken' | 'none';
}

export const PUBLIC_ACTOR: Actor = { kind: 'public' };

export function invalidToken(): AppError {
  return new AppError(
    'unauthenticated',
    'Ugyldig adgangsnøgle',
    'Adgangsnøglen er ukendt, udløbet eller tilbagekaldt.',
  );
}

/**
 * A bearer token must be valid: a bad one is refused (401) rather than treated as "nobody",
 * so an integration with a revoked token fails loudly. A stale session cookie is just ignored.
 * One query reads the credential with its user and grants (every request asks).
 */
export async function resolveCredentials(
  uow: UnitOfWork,
  credentials: { sessionToken: string | null; bearerToken: string | null },
  now: Date,
): Promise<ResolvedCredentials> {
  if (credentials.bearerToken !== null) {
    const tokenHash = hashSecret(credentials.bearerToken);
    const found = await uow.read((s) => s.auth.findApiTokenWithUser(tokenHash));
    const valid = found && found.token.revokedAt === null && found.token.expiresAt.getTime() > now.getTime();
    const actor = valid ? actorOf(found.user, found.grants) : null;
    if (!found || !actor) throw invalidToken();
    if (worthTouching(found.token.lastUsedAt, now)) {
      await uow.write((s) => s.auth.touchApiToken(found.token.id, now));
    }
    return { actor, session: null, via: 'apiToken' };
  }
  if (credentials.sessionToken) {
    const idHash = hashSecret(credentials.sessionToken);
    const found = await uow.read((s) => s.auth.findSessionWithUser(idHash));
    const actor = found && sessionIsValid(found.session, now) ? actorOf(found.user, found.grants) : null;
    if (found && actor) {
      if (worthTouching(found.session.lastSeenAt, now)) {
        await uow.write((s) => s.auth.touchSession(idHash, now));
      }
      return { actor, session: { idHash, csrfToken: found.session.csrfToken }, via: 'session' };
    }
  }
  return { actor: PUBLIC_ACTOR, session: null, via: 'none' };
}

/** `kl. 14.35` in Danish time, for messages about locks and expiry. */
export function danishClock(at: Date): string {
  return `kl. ${DateTime.fromJSDate(at, { zone: DANISH_ZONE }).toFormat('HH.mm')}`;
}
