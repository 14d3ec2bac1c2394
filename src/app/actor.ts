/**
 * Who is asking. Access is denied by default: a use case names the roles it admits, and
 * scope checks (own municipality, own organisation) are decided here, in one place.
 */
import { AppError, notFound } from './app-error.ts';

export type Role = 'admin' | 'caseOfficer' | 'official' | 'organisation' | 'councilMember' | 'nationalAdmin';

/**
 * The scope of the national administrator's grant (issue 17): the installation itself, no
 * municipality. It never equals a municipality code, so a national administrator reaches no
 * municipality's material unless also granted a role there — access stays denied by default.
 */
export const NATIONAL = 'national';

export interface RoleGrant {
  role: Role;
  /** The municipality code; `NATIONAL` for the `nationalAdmin` role only. */
  municipality: string;
  /** Only for the `organisation` role: the one housing organisation the user acts for. */
  organisationId?: string;
  /** Only for the `official` role: the municipal unit (enhed), e.g. `Social`. Informational. */
  unit?: string;
}

export type Actor =
  | { kind: 'public' }
  | { kind: 'user'; id: string; name: string; grants: RoleGrant[] }
  /** The operator at the machine running the CLI: has every role in every municipality. */
  | { kind: 'system'; name: string };

/** Which actors a use case admits; `public` use cases show only published material. */
export type AccessPolicy = { public: true } | { roles: readonly Role[] };

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'public':
      return 'offentlig';
    case 'user':
      return `user:${actor.id}`;
    case 'system':
      return `system:${actor.name}`;
  }
}

/** The grants that satisfy `policy` within `municipality` (all grants for the system actor). */
function grantsFor(actor: Actor, policy: AccessPolicy, municipality: string): RoleGrant[] | 'all' {
  if (actor.kind === 'system') return 'all';
  if ('public' in policy) return 'all';
  if (actor.kind !== 'user') return [];
  return actor.grants.filter((g) => g.municipality === municipality && policy.roles.includes(g.role));
}

/**
 * Checks that the actor may use a use case with `policy` on material of `municipality` (and of
 * `organisationId`, when the material belongs to one organisation). Anything outside the actor's
 * reach answers "not found" so that existence is not leaked.
 */
export function authorize(
  actor: Actor,
  policy: AccessPolicy,
  scope: { municipality: string; organisationId?: string | null },
  what = 'Siden',
): void {
  if (actor.kind === 'public' && !('public' in policy)) {
    throw new AppError('unauthenticated', 'Log ind', 'Du skal logge ind for at se dette.');
  }
  const grants = grantsFor(actor, policy, scope.municipality);
  if (grants === 'all') return;
  const ok = grants.some(
    (g) =>
      g.role !== 'organisation' ||
      (scope.organisationId != null && g.organisationId === scope.organisationId),
  );
  if (!ok) throw notFound(what);
}

/**
 * Whether `authorize` would let the actor through: what a read model puts in its `can` so that
 * pages show exactly the actions the use cases will accept, and decide nothing themselves.
 */
export function may(
  actor: Actor,
  policy: AccessPolicy,
  scope: { municipality: string; organisationId?: string | null },
): boolean {
  if (!admits(actor, policy)) return false;
  try {
    authorize(actor, policy, scope);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first gate of runUseCase and of every page route: public policies admit everyone, other
 * policies only users holding one of the roles (in any municipality; scope is checked later).
 */
export function admits(actor: Actor, policy: AccessPolicy): boolean {
  if ('public' in policy) return true;
  if (actor.kind === 'public') return false;
  return actor.kind === 'system' || actor.grants.some((g) => policy.roles.includes(g.role));
}

/** The municipality the actor works in: a user's first municipal grant's; none for the public and the system. */
export function homeMunicipality(actor: Actor): string | null {
  return actor.kind === 'user'
    ? (actor.grants.find((g) => g.municipality !== NATIONAL)?.municipality ?? null)
    : null;
}

/** The first municipality where the actor holds `role` (the default of an admin page), or null. */
export function municipalityWithRole(actor: Actor, role: Role): string | null {
  return actor.kind === 'user' ? (actor.grants.find((g) => g.role === role)?.municipality ?? null) : null;
}

/** The organisations an actor is limited to within a municipality, or 'all'. */
export function organisationScope(actor: Actor, municipality: string): 'all' | string[] {
  if (actor.kind !== 'user') return 'all';
  const grants = actor.grants.filter((g) => g.municipality === municipality);
  if (grants.some((g) => g.role !== 'organisation')) return 'all';
  return grants.flatMap((g) => (g.organisationId ? [g.organisationId] : []));
}
