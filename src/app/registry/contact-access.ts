/**
 * Need-to-know for the people register (hardening issue 12, #11): e-mail addresses and phone
 * numbers are personal data (GDPR art. 5(1)(c), data minimisation), so only the roles that use
 * them see them — administrators and case officers, who keep the register, plan the meetings and
 * write to the organisations. Officials, council members and organisation users see names and
 * roles (enough for § 14 conflicts and for knowing who is who), never contact data. The table
 * with the reasons is in docs/security.md. Enforced here, in app/, for every edge (API, pages,
 * CSV); the system actor (CLI, the operator) sees everything.
 */
import type { Person } from '../../domain/registry/types.ts';
import type { AccessPolicy, Actor } from '../actor.ts';

export const contactReaders: AccessPolicy = { roles: ['admin', 'caseOfficer'] };

export function mayReadContactData(actor: Actor, municipality: string): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user' || 'public' in contactReaders) return false;
  const roles = contactReaders.roles;
  return actor.grants.some((g) => g.municipality === municipality && roles.includes(g.role));
}

/** The person as the viewer may see it: without e-mail and phone unless the role uses them. */
export function personForViewer(person: Person, contactVisible: boolean): Person {
  return contactVisible ? person : { ...person, email: null, phone: null };
}
