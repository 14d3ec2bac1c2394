/**
 * The municipality a page works in: the logged-in user's (the first municipality of their
 * grants). Visitors who are not logged in are asked to log in.
 */
import type { Actor } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';

export function homeMunicipality(actor: Actor): string | null {
  return actor.kind === 'user' ? (actor.grants[0]?.municipality ?? null) : null;
}

export function requireHomeMunicipality(actor: Actor): string {
  const home = homeMunicipality(actor);
  if (!home) throw new AppError('unauthenticated', 'Log ind', 'Du skal logge ind for at se dette.');
  return home;
}

/** True when the actor may change the registry of its municipality (case officer or admin). */
export function canEditRegistry(actor: Actor): boolean {
  return (
    actor.kind === 'system' ||
    (actor.kind === 'user' && actor.grants.some((g) => g.role === 'admin' || g.role === 'caseOfficer'))
  );
}
