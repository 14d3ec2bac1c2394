/**
 * Who may read and change agreements. Organisation users read only their own organisation's
 * agreements (authorize()/organisationScope() check the scope) and report progress on them; the
 * municipality's case officers and admins create agreements, change statuses and decide reports.
 */
import type { AccessPolicy, Actor } from '../actor.ts';

export const agreementReaders: AccessPolicy = {
  roles: ['admin', 'caseOfficer', 'official', 'councilMember', 'organisation'],
};

export const agreementWriters: AccessPolicy = { roles: ['admin', 'caseOfficer'] };

/** Organisation users report progress between meetings; the case officer confirms or rejects. */
export const progressReporters: AccessPolicy = { roles: ['organisation'] };

/** The name written into a history entry or report: the user's or the operator's name. */
export function actorName(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.name;
    case 'system':
      return actor.name;
    case 'public':
      return 'offentlig';
  }
}
