/**
 * Response shapes for accounts and the audit log: explicit whitelists. Password hashes, token
 * hashes and session ids never leave the server — they are simply not in these shapes.
 */
import { z } from 'zod';
import type { AuditEntry } from '../../app/audit/audit-log.ts';
import type {
  ApiTokenRecord,
  CalendarFeedRecord,
  GrantRecord,
  UserRecord,
} from '../../app/auth/auth-store.ts';

const roleEnum = z.enum([
  'admin',
  'caseOfficer',
  'official',
  'organisation',
  'councilMember',
  'nationalAdmin',
]);

export const grantResponse = z
  .object({
    id: z.number().int(),
    role: roleEnum,
    municipality: z.string(),
    organisationId: z.string().nullable(),
    unit: z.string().nullable(),
  })
  .meta({ id: 'RoleGrant' });

export function presentGrant(g: GrantRecord): z.input<typeof grantResponse> {
  return {
    id: g.id,
    role: g.role,
    municipality: g.municipality,
    organisationId: g.organisationId ?? null,
    unit: g.unit ?? null,
  };
}

export const userResponse = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    municipality: z.string(),
    active: z.boolean(),
    lastLoginAt: z.string().nullable(),
    grants: z.array(grantResponse),
  })
  .meta({ id: 'User' });

export function presentUser(u: UserRecord, grants: readonly GrantRecord[]): z.input<typeof userResponse> {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    municipality: u.municipality,
    active: u.active,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    grants: grants.map(presentGrant),
  };
}

export const apiTokenResponse = z
  .object({
    id: z.number().int(),
    userEmail: z.string(),
    label: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

/** A token's metadata; the secret is shown once at creation and never stored. */
export function presentApiToken(t: ApiTokenRecord): z.input<typeof apiTokenResponse> {
  return {
    id: t.id,
    userEmail: t.userEmail,
    label: t.label,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    revokedAt: t.revokedAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  };
}

export const calendarFeedResponse = z
  .object({ municipality: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() })
  .meta({ id: 'CalendarFeed' });

export function presentCalendarFeed(f: CalendarFeedRecord): z.input<typeof calendarFeedResponse> {
  return {
    municipality: f.municipality,
    createdAt: f.createdAt.toISOString(),
    revokedAt: f.revokedAt?.toISOString() ?? null,
  };
}

export const revocationResponse = z.object({
  id: z.number().int(),
  revokedAt: z.string(),
  alreadyRevoked: z.boolean(),
});

export const auditEntryResponse = z
  .object({
    id: z.number().int(),
    at: z.string(),
    municipality: z.string().nullable(),
    actor: z.string(),
    actorName: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

export function presentAuditEntry(e: AuditEntry): z.input<typeof auditEntryResponse> {
  return { ...e, at: e.at.toISOString() };
}
