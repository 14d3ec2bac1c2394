/**
 * The port for accounts and their credentials: users and role grants, sessions, API tokens,
 * login attempts and one-time password links. Implemented in db/auth/.
 * Secrets never pass through here in the clear: sessions, tokens and links are stored as
 * SHA-256 hashes, passwords as argon2id hashes.
 */
import type { Role, RoleGrant } from '../actor.ts';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  /** The municipality whose administrators manage the account. */
  municipality: string;
  /** argon2id hash; null for accounts that only log in through the municipality's OIDC. */
  passwordHash: string | null;
  active: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export interface GrantRecord extends RoleGrant {
  id: number;
  userId: string;
  /** Set when the grant's municipality is suspended: the grant gives no access while it lasts. */
  municipalitySuspended?: boolean;
}

export interface SessionRecord {
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface ApiTokenRecord {
  id: number;
  userId: string;
  userEmail: string;
  userMunicipality: string;
  label: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface PasswordLinkRecord {
  id: number;
  userId: string;
  purpose: 'reset' | 'invite';
  expiresAt: Date;
  usedAt: Date | null;
}

/** A personal calendar feed (the secret URL's token itself is never stored). */
export interface CalendarFeedRecord {
  municipality: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A credential with its user and the user's grants: what authenticating a request needs. */
export interface WithUser {
  user: UserRecord;
  grants: GrantRecord[];
}

export interface NewUser {
  id: string;
  email: string;
  name: string;
  municipality: string;
  passwordHash: string | null;
  createdAt: Date;
}

export interface AuthStore {
  findUserByEmail(email: string): Promise<UserRecord | null>;
  getUser(id: string): Promise<UserRecord | null>;
  /** Users managed by `municipality` or holding a grant in it; every user when null. */
  listUsers(municipality: string | null): Promise<UserRecord[]>;
  insertUser(user: NewUser): Promise<void>;
  setPassword(userId: string, passwordHash: string): Promise<void>;
  setLastLogin(userId: string, at: Date): Promise<void>;
  /** Deactivates or reactivates an account; a deactivated account cannot log in or use a token. */
  setUserActive(userId: string, active: boolean): Promise<void>;

  listGrants(userIds: readonly string[]): Promise<GrantRecord[]>;
  getGrant(id: number): Promise<GrantRecord | null>;
  /** Adds the grant; returns null when the user already holds exactly this grant. */
  insertGrant(userId: string, grant: RoleGrant, at: Date): Promise<GrantRecord | null>;
  deleteGrant(id: number): Promise<void>;

  insertSession(idHash: string, session: SessionRecord): Promise<void>;
  findSession(idHash: string): Promise<SessionRecord | null>;
  /** The session, its user and the user's grants in one query (asked on every request). */
  findSessionWithUser(idHash: string): Promise<({ session: SessionRecord } & WithUser) | null>;
  touchSession(idHash: string, at: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  deleteSessionsOfUser(userId: string): Promise<number>;

  insertApiToken(token: {
    userId: string;
    tokenHash: string;
    label: string;
    createdAt: Date;
    expiresAt: Date;
  }): Promise<number>;
  findApiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | null>;
  /** The token, its user and the user's grants in one query (asked on every API call). */
  findApiTokenWithUser(tokenHash: string): Promise<({ token: ApiTokenRecord } & WithUser) | null>;
  getApiToken(id: number): Promise<ApiTokenRecord | null>;
  /** Tokens of users managed by or granted in `municipality`; all when null. */
  listApiTokens(municipality: string | null): Promise<ApiTokenRecord[]>;
  revokeApiToken(id: number, at: Date): Promise<void>;
  /** Every token of the user, newest first. */
  listApiTokensOfUser(userId: string): Promise<ApiTokenRecord[]>;
  /** Revokes every token of the user not yet revoked; returns how many. */
  revokeApiTokensOfUser(userId: string, at: Date): Promise<number>;

  /**
   * Calendar feeds of a user (inserted and looked up by the meetings store; managed here with
   * the other credentials). Newest first.
   */
  listCalendarFeeds(userId: string): Promise<CalendarFeedRecord[]>;
  /** Revokes the user's feeds (in one municipality, or all when null); returns how many. */
  revokeCalendarFeeds(userId: string, municipality: string | null, at: Date): Promise<number>;
  touchApiToken(id: number, at: Date): Promise<void>;

  recordLoginAttempt(attempt: {
    email: string;
    ip: string | null;
    at: Date;
    outcome: 'success' | 'failure';
  }): Promise<void>;
  listLoginAttempts(email: string, since: Date): Promise<{ at: Date; outcome: 'success' | 'failure' }[]>;
  listAddressFailures(ip: string, since: Date): Promise<Date[]>;

  insertPasswordLink(link: {
    userId: string;
    tokenHash: string;
    purpose: 'reset' | 'invite';
    createdAt: Date;
    expiresAt: Date;
  }): Promise<void>;
  findPasswordLink(tokenHash: string): Promise<PasswordLinkRecord | null>;
  markPasswordLinkUsed(id: number, at: Date): Promise<void>;
  /** Ends every unused link of the user (a new link retires the old ones); returns how many. */
  retirePasswordLinks(userId: string, at: Date): Promise<number>;

  /** Every "forgot password" request, kept for the throttle (whether or not the address has an account). */
  recordPasswordResetRequest(request: { email: string; ip: string | null; at: Date }): Promise<void>;
  listPasswordResetRequests(query: { email: string; ip: string | null; since: Date }): Promise<{
    byEmail: Date[];
    byAddress: Date[];
  }>;
}

export const ROLES: readonly Role[] = ['admin', 'caseOfficer', 'official', 'organisation', 'councilMember'];
