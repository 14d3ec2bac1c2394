/** Actor builders for tests that exercise access rules without going through a login. */
import { type Actor, NATIONAL, type Role } from '../../src/app/actor.ts';

export function userWith(role: Role, municipality = '707', organisationId?: string): Actor {
  return {
    kind: 'user',
    id: `test-${role}-${municipality}-${organisationId ?? 'all'}`,
    name: `Test ${role}`,
    grants: [
      {
        role,
        // The national administrator's grant names no municipality (actor.ts NATIONAL).
        municipality: role === 'nationalAdmin' ? NATIONAL : municipality,
        ...(organisationId ? { organisationId } : {}),
      },
    ],
  };
}

export const caseOfficer707 = userWith('caseOfficer');
