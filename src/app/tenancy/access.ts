/**
 * Who operates the installation (issue 17): the national administrator creates, suspends and
 * hands over municipalities. The role's grant names no municipality (actor.ts `NATIONAL`), so
 * it reaches no municipality's material unless the same user is granted a role there.
 */
import { type AccessPolicy, NATIONAL } from '../actor.ts';

export const nationalAdmins: AccessPolicy = { roles: ['nationalAdmin'] };

/** The scope national use cases authorize against: the installation, not a municipality. */
export const INSTALLATION = { municipality: NATIONAL } as const;
