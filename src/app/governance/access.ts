/** Who may see and change governance models, obligations and compliance. */
import type { AccessPolicy } from '../actor.ts';

/** The overview is for municipal staff and politicians; organisations see their own meetings elsewhere. */
export const governanceReaders: AccessPolicy = {
  roles: ['admin', 'caseOfficer', 'official', 'councilMember'],
};

/** A new model version follows a council decision and is entered by an admin. */
export const modelAdmins: AccessPolicy = { roles: ['admin'] };

/** Facts (meeting held, account published, package received) are recorded by case officers. */
export const factRecorders: AccessPolicy = { roles: ['admin', 'caseOfficer'] };
