/**
 * Stores a new bearer token for a user (only its SHA-256 hash) with its audit entry, inside the
 * caller's write. The two ways to get one — an admin for a user, a user for themself — differ in
 * who may ask, not in what is stored.
 */
import type { Store } from '../ports.ts';
import type { UserRecord } from './auth-store.ts';
import { hashSecret, newApiToken } from './secrets.ts';

export async function issueApiToken(
  s: Store,
  user: UserRecord,
  token: { label: string; createdAt: Date; expiresAt: Date; selfService?: true },
): Promise<{ id: number; token: string }> {
  const secret = newApiToken();
  const id = await s.auth.insertApiToken({
    userId: user.id,
    tokenHash: hashSecret(secret),
    label: token.label,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
  });
  await s.audit.append({
    municipality: user.municipality,
    action: 'create',
    entity: 'apiToken',
    entityId: String(id),
    before: null,
    after: {
      userId: user.id,
      label: token.label,
      expiresAt: token.expiresAt.toISOString(),
      ...(token.selfService ? { selfService: true } : {}),
    },
  });
  return { id, token: secret };
}
