/**
 * The municipality a page works in: the logged-in user's (the first municipality of their
 * grants). Visitors who are not logged in are asked to log in.
 */
import { type Actor, homeMunicipality, may } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';
import { registryWriters } from '../app/registry/access.ts';

export { homeMunicipality };

export function requireHomeMunicipality(actor: Actor): string {
  const home = homeMunicipality(actor);
  if (!home) throw new AppError('unauthenticated', 'Log ind', 'Du skal logge ind for at se dette.');
  return home;
}

/**
 * True when the actor may change the registry of its home municipality — decided in app/ (the
 * registry's own pages get it as `can.edit` from their use cases). Kept only for the meeting
 * pages until their read models carry their own `can`; it no longer ignores the municipality.
 */
export function canEditRegistry(actor: Actor): boolean {
  const home = homeMunicipality(actor);
  return actor.kind === 'system' || (home !== null && may(actor, registryWriters, { municipality: home }));
}
