/**
 * Which accounts a municipality's administrators manage: those the municipality created and
 * those holding a grant in it. Anything else is answered "not found" (no cross-tenant leaks).
 */
import { type AccessPolicy, type Actor, authorize } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { type GrantRecord, ROLES, type UserRecord } from './auth-store.ts';

export const userAdmins: AccessPolicy = { roles: ['admin'] };

/** Any logged-in user, for self-service on one's own credentials. */
export const signedInUsers: AccessPolicy = { roles: ROLES };

/**
 * The municipality a listing of accounts or tokens covers: the one asked for, checked against
 * the administrator's grants; null (every municipality) only for the CLI operator (system).
 */
export function adminListingScope(actor: Actor, municipality: string | undefined): string | null {
  if (municipality === undefined) {
    if (actor.kind === 'system') return null;
    throw invalidInput('Angiv kommunen.', [{ field: 'municipality', message: 'Kommunekoden mangler' }]);
  }
  authorize(actor, userAdmins, { municipality });
  return municipality;
}

export function userVisibleIn(
  user: UserRecord,
  grants: readonly GrantRecord[],
  municipality: string,
): boolean {
  return (
    user.municipality === municipality ||
    grants.some((g) => g.userId === user.id && g.municipality === municipality)
  );
}

/** Loads a user managed in `municipality` with the grants there, or throws not found. */
export async function loadManagedUser(
  s: Store,
  municipality: string,
  userId: string,
): Promise<{ user: UserRecord; grants: GrantRecord[] }> {
  const user = await s.auth.getUser(userId);
  const grants = user ? await s.auth.listGrants([user.id]) : [];
  if (!user || !userVisibleIn(user, grants, municipality)) throw notFound('Brugeren');
  return { user, grants: grants.filter((g) => g.municipality === municipality) };
}

/** Organisation grants must name an organisation of the municipality's registry. */
export async function checkOrganisationGrant(
  s: Store,
  municipality: string,
  role: string,
  organisationId: string | undefined,
): Promise<void> {
  if (role !== 'organisation') return;
  if (!organisationId) {
    throw invalidInput('Vælg den boligorganisation, brugeren handler for.', [
      { field: 'organisationId', message: 'Vælg boligorganisationen' },
    ]);
  }
  if (!(await s.registry.getOrganisation(municipality, organisationId))) {
    throw invalidInput('Boligorganisationen findes ikke.', [
      { field: 'organisationId', message: 'Boligorganisationen findes ikke i kommunen' },
    ]);
  }
}

export function grantForAudit(g: {
  role: string;
  municipality: string;
  organisationId?: string;
  unit?: string;
}) {
  return {
    role: g.role,
    municipality: g.municipality,
    organisationId: g.organisationId ?? null,
    unit: g.unit ?? null,
  };
}

export function userForAudit(u: Pick<UserRecord, 'id' | 'email' | 'name' | 'municipality'>) {
  return { id: u.id, email: u.email, name: u.name, municipality: u.municipality };
}
