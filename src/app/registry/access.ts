/**
 * Who may read and change the registry. Organisation users read only their own organisation
 * (authorize() checks the scope); only the municipality's case officers and admins change it.
 */
import type { AccessPolicy } from '../actor.ts';

export const registryReaders: AccessPolicy = {
  roles: ['admin', 'caseOfficer', 'official', 'councilMember', 'organisation'],
};

/** Municipal staff and politicians: people and bodies are not shown to organisation users. */
export const municipalReaders: AccessPolicy = {
  roles: ['admin', 'caseOfficer', 'official', 'councilMember'],
};

export const registryWriters: AccessPolicy = { roles: ['admin', 'caseOfficer'] };

export const municipalityAdmins: AccessPolicy = { roles: ['admin'] };
