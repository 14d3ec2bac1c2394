/**
 * Kysely adapter for the accounts port (app/auth/auth-store.ts). Queries only: the rules
 * (lockout, session validity, who sees whom) are decided in domain/ and app/.
 */
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { NATIONAL, type Role } from '../../app/actor.ts';
import type { ApiTokenRecord, AuthStore, GrantRecord, UserRecord } from '../../app/auth/auth-store.ts';
import { sortDanish } from '../../domain/shared/danish-order.ts';
import type { AppUserRow, Database, UserGrantRow } from '../schema.ts';

/** The national administrator's grant and account belong to no municipality: NULL in the table. */
const scopeOf = (municipality: string | null): string => municipality ?? NATIONAL;
const columnOf = (scope: string): string | null => (scope === NATIONAL ? null : scope);

function toUser(r: Selectable<AppUserRow>): UserRecord {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    municipality: scopeOf(r.municipality),
    passwordHash: r.password_hash,
    active: r.active,
    createdAt: r.created_at,
    lastLoginAt: r.last_login_at,
  };
}

type GrantColumns = Pick<
  Selectable<UserGrantRow>,
  'id' | 'user_id' | 'role' | 'municipality' | 'organisation_id' | 'unit'
> & { suspended?: unknown };

function toGrant(r: GrantColumns): GrantRecord {
  return {
    id: r.id,
    userId: r.user_id,
    role: r.role as Role,
    municipality: scopeOf(r.municipality),
    ...(r.suspended === true || r.suspended === 1 ? { municipalitySuspended: true } : {}),
    ...(r.organisation_id !== null ? { organisationId: r.organisation_id } : {}),
    ...(r.unit !== null ? { unit: r.unit } : {}),
  };
}

/** Users managed by the municipality or holding a grant in it. */
function managedBy(db: Kysely<Database>, municipality: string) {
  return db
    .selectFrom('app_user')
    .selectAll('app_user')
    .where((eb) =>
      eb.or([
        eb('app_user.municipality', '=', municipality),
        eb.exists(
          eb
            .selectFrom('user_grant')
            .select('user_grant.id')
            .whereRef('user_grant.user_id', '=', 'app_user.id')
            .where('user_grant.municipality', '=', municipality),
        ),
      ]),
    );
}

/** Whether the grant's municipality is suspended (its users may not act there; see app/auth/sessions.ts). */
const suspendedColumn = (eb: ExpressionBuilder<Database, 'user_grant'>) =>
  eb
    .exists(
      eb
        .selectFrom('municipality')
        .select('municipality.code')
        .whereRef('municipality.code', '=', 'user_grant.municipality')
        .where('municipality.suspended_at', 'is not', null),
    )
    .as('suspended');

/** The user's grants as a JSON array inside the same statement (authentication: one query). */
function grantsOfUser(eb: ExpressionBuilder<Database, 'app_user'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('user_grant')
      .select([
        'user_grant.id',
        'user_grant.user_id',
        'user_grant.role',
        'user_grant.municipality',
        'user_grant.organisation_id',
        'user_grant.unit',
        suspendedColumn,
      ])
      .whereRef('user_grant.user_id', '=', 'app_user.id')
      .orderBy('user_grant.id'),
  ).as('grants');
}

/** app_user's columns under names that do not clash with the session's or token's. */
const USER_COLUMNS = [
  'app_user.id as u_id',
  'app_user.email as u_email',
  'app_user.name as u_name',
  'app_user.municipality as u_municipality',
  'app_user.password_hash as u_password_hash',
  'app_user.active as u_active',
  'app_user.created_at as u_created_at',
  'app_user.last_login_at as u_last_login_at',
] as const;

function userFromColumns(r: {
  u_id: string;
  u_email: string;
  u_name: string;
  u_municipality: string | null;
  u_password_hash: string | null;
  u_active: boolean;
  u_created_at: Date;
  u_last_login_at: Date | null;
}): UserRecord {
  return {
    id: r.u_id,
    email: r.u_email,
    name: r.u_name,
    municipality: scopeOf(r.u_municipality),
    passwordHash: r.u_password_hash,
    active: r.u_active,
    createdAt: r.u_created_at,
    lastLoginAt: r.u_last_login_at,
  };
}

function tokenQuery(db: Kysely<Database>) {
  return db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .select([
      'api_token.id',
      'api_token.user_id',
      'api_token.label',
      'api_token.created_at',
      'api_token.expires_at',
      'api_token.revoked_at',
      'api_token.last_used_at',
      'app_user.email',
      'app_user.municipality',
    ]);
}

type TokenRow = {
  id: number;
  user_id: string;
  label: string;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
  email: string;
  municipality: string | null;
};

function toToken(r: TokenRow): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    userEmail: r.email,
    userMunicipality: scopeOf(r.municipality),
    label: r.label,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}

export function createAuthStore(db: Kysely<Database>): AuthStore {
  return {
    async findUserByEmail(email) {
      const r = await db
        .selectFrom('app_user')
        .selectAll()
        .where('email', '=', email.trim().toLowerCase())
        .executeTakeFirst();
      return r ? toUser(r) : null;
    },
    async getUser(id) {
      const r = await db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toUser(r) : null;
    },
    async listUsers(municipality) {
      const q = municipality === null ? db.selectFrom('app_user').selectAll() : managedBy(db, municipality);
      // Danish order of names (see domain/shared/danish-order.ts); e-mail breaks ties.
      return sortDanish(await q.orderBy('email').execute(), (r) => r.name).map(toUser);
    },
    async insertUser(u) {
      await db
        .insertInto('app_user')
        .values({
          id: u.id,
          email: u.email,
          name: u.name,
          municipality: columnOf(u.municipality),
          password_hash: u.passwordHash,
          created_at: u.createdAt,
        })
        .execute();
    },
    async setPassword(userId, passwordHash) {
      await db
        .updateTable('app_user')
        .set({ password_hash: passwordHash })
        .where('id', '=', userId)
        .execute();
    },
    async setLastLogin(userId, at) {
      await db.updateTable('app_user').set({ last_login_at: at }).where('id', '=', userId).execute();
    },
    async setUserActive(userId, active) {
      await db.updateTable('app_user').set({ active }).where('id', '=', userId).execute();
    },

    async listGrants(userIds) {
      if (userIds.length === 0) return [];
      const rows = await db
        .selectFrom('user_grant')
        .selectAll()
        .select(suspendedColumn)
        .where('user_id', 'in', [...userIds])
        .orderBy('id')
        .execute();
      return rows.map(toGrant);
    },
    async getGrant(id) {
      const r = await db.selectFrom('user_grant').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toGrant(r) : null;
    },
    async insertGrant(userId, grant, at) {
      const r = await db
        .insertInto('user_grant')
        .values({
          user_id: userId,
          role: grant.role,
          municipality: columnOf(grant.municipality),
          organisation_id: grant.organisationId ?? null,
          unit: grant.unit ?? null,
          created_at: at,
        })
        .onConflict((oc) => oc.doNothing())
        .returningAll()
        .executeTakeFirst();
      return r ? toGrant(r) : null;
    },
    async deleteGrant(id) {
      await db.deleteFrom('user_grant').where('id', '=', id).execute();
    },

    async insertSession(idHash, s) {
      await db
        .insertInto('session')
        .values({
          id_hash: idHash,
          user_id: s.userId,
          csrf_token: s.csrfToken,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          expires_at: s.expiresAt,
        })
        .execute();
    },
    async findSession(idHash) {
      const r = await db.selectFrom('session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      return r
        ? {
            userId: r.user_id,
            csrfToken: r.csrf_token,
            createdAt: r.created_at,
            lastSeenAt: r.last_seen_at,
            expiresAt: r.expires_at,
          }
        : null;
    },
    async findSessionWithUser(idHash) {
      const r = await db
        .selectFrom('session')
        .innerJoin('app_user', 'app_user.id', 'session.user_id')
        .select([
          'session.user_id',
          'session.csrf_token',
          'session.created_at',
          'session.last_seen_at',
          'session.expires_at',
          ...USER_COLUMNS,
        ])
        .select(grantsOfUser)
        .where('session.id_hash', '=', idHash)
        .executeTakeFirst();
      return r
        ? {
            session: {
              userId: r.user_id,
              csrfToken: r.csrf_token,
              createdAt: r.created_at,
              lastSeenAt: r.last_seen_at,
              expiresAt: r.expires_at,
            },
            user: userFromColumns(r),
            grants: r.grants.map(toGrant),
          }
        : null;
    },
    async touchSession(idHash, at) {
      await db.updateTable('session').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
    },
    async deleteSession(idHash) {
      await db.deleteFrom('session').where('id_hash', '=', idHash).execute();
    },
    async deleteSessionsOfUser(userId) {
      const r = await db.deleteFrom('session').where('user_id', '=', userId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async insertApiToken(t) {
      const r = await db
        .insertInto('api_token')
        .values({
          user_id: t.userId,
          token_hash: t.tokenHash,
          label: t.label,
          created_at: t.createdAt,
          expires_at: t.expiresAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async findApiTokenByHash(tokenHash) {
      const r = await tokenQuery(db).where('api_token.token_hash', '=', tokenHash).executeTakeFirst();
      return r ? toToken(r) : null;
    },
    async findApiTokenWithUser(tokenHash) {
      const r = await tokenQuery(db)
        .select(USER_COLUMNS)
        .select(grantsOfUser)
        .where('api_token.token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r ? { token: toToken(r), user: userFromColumns(r), grants: r.grants.map(toGrant) } : null;
    },
    async getApiToken(id) {
      const r = await tokenQuery(db).where('api_token.id', '=', id).executeTakeFirst();
      return r ? toToken(r) : null;
    },
    async listApiTokens(municipality) {
      let q = tokenQuery(db);
      if (municipality !== null) {
        q = q.where(
          'api_token.user_id',
          'in',
          managedBy(db, municipality).clearSelect().select('app_user.id'),
        );
      }
      return (await q.orderBy('api_token.id').execute()).map(toToken);
    },
    async revokeApiToken(id, at) {
      await db
        .updateTable('api_token')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    },
    async listApiTokensOfUser(userId) {
      const rows = await tokenQuery(db)
        .where('api_token.user_id', '=', userId)
        .orderBy('api_token.id', 'desc')
        .execute();
      return rows.map(toToken);
    },
    async revokeApiTokensOfUser(userId, at) {
      const r = await db
        .updateTable('api_token')
        .set({ revoked_at: at })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async listCalendarFeeds(userId) {
      const rows = await db
        .selectFrom('calendar_feed_token')
        .select(['municipality', 'created_at', 'revoked_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        municipality: r.municipality,
        createdAt: r.created_at,
        revokedAt: r.revoked_at,
      }));
    },
    async revokeCalendarFeeds(userId, municipality, at) {
      let q = db
        .updateTable('calendar_feed_token')
        .set({ revoked_at: at })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null);
      if (municipality !== null) q = q.where('municipality', '=', municipality);
      const r = await q.executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async touchApiToken(id, at) {
      await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
    },

    async recordLoginAttempt(a) {
      await db
        .insertInto('login_attempt')
        .values({ email: a.email, ip: a.ip, at: a.at, outcome: a.outcome })
        .execute();
    },
    async listLoginAttempts(email, since) {
      return db
        .selectFrom('login_attempt')
        .select(['at', 'outcome'])
        .where('email', '=', email)
        .where('at', '>=', since)
        .orderBy('at')
        .execute();
    },
    async listAddressFailures(ip, since) {
      const rows = await db
        .selectFrom('login_attempt')
        .select('at')
        .where('ip', '=', ip)
        .where('outcome', '=', 'failure')
        .where('at', '>=', since)
        .execute();
      return rows.map((r) => r.at);
    },

    async insertPasswordLink(l) {
      await db
        .insertInto('password_link')
        .values({
          user_id: l.userId,
          token_hash: l.tokenHash,
          purpose: l.purpose,
          created_at: l.createdAt,
          expires_at: l.expiresAt,
        })
        .execute();
    },
    async findPasswordLink(tokenHash) {
      const r = await db
        .selectFrom('password_link')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r
        ? { id: r.id, userId: r.user_id, purpose: r.purpose, expiresAt: r.expires_at, usedAt: r.used_at }
        : null;
    },
    async markPasswordLinkUsed(id, at) {
      await db.updateTable('password_link').set({ used_at: at }).where('id', '=', id).execute();
    },
    async retirePasswordLinks(userId, at) {
      const r = await db
        .updateTable('password_link')
        .set({ used_at: at })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async recordPasswordResetRequest(r) {
      await db.insertInto('password_reset_request').values({ email: r.email, ip: r.ip, at: r.at }).execute();
    },
    async listPasswordResetRequests({ email, ip, since }) {
      const byEmail = await db
        .selectFrom('password_reset_request')
        .select('at')
        .where('email', '=', email)
        .where('at', '>=', since)
        .execute();
      const byAddress =
        ip === null
          ? []
          : await db
              .selectFrom('password_reset_request')
              .select('at')
              .where('ip', '=', ip)
              .where('at', '>=', since)
              .execute();
      return { byEmail: byEmail.map((r) => r.at), byAddress: byAddress.map((r) => r.at) };
    },
  };
}
