/** Danish names of the roles, for pages, CLI output and the audit view. */
import type { Role } from '../actor.ts';

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  caseOfficer: 'Sagsbehandler',
  official: 'Embedsmand',
  organisation: 'Boligorganisation',
  councilMember: 'Politiker',
  nationalAdmin: 'National administrator',
};
