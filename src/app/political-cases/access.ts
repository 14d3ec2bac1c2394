/**
 * Who may see and import political cases. The cases are the council's published agenda items,
 * read by municipal staff and politicians; case officers import them and draft the orientation.
 * Organisation users have no use for them here.
 */
import type { AccessPolicy } from '../actor.ts';

export const politicalCaseReaders: AccessPolicy = {
  roles: ['admin', 'caseOfficer', 'official', 'councilMember'],
};

export const politicalCaseWriters: AccessPolicy = { roles: ['admin', 'caseOfficer'] };
