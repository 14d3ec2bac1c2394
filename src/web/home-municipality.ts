/**
 * The municipality a page works in: the logged-in user's (the first municipality of their
 * grants). Visitors who are not logged in are asked to log in.
 */
import { type Actor, homeMunicipality } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';

export { homeMunicipality };

export function requireHomeMunicipality(actor: Actor): string {
  const home = homeMunicipality(actor);
  if (!home) throw new AppError('unauthenticated', 'Log ind', 'Du skal logge ind for at se dette.');
  return home;
}
