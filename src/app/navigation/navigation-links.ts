/**
 * The pages the header links to, each with the access policy of the page route it opens — the
 * same policy constants the routes declare, so the menu cannot offer a page that answers 404.
 * test/architecture/navigation-routes.test.ts checks every link against the registered route
 * table (registeredPageRoutes), so a route whose access changes fails the test until this table
 * follows.
 */

import type { AccessPolicy, Actor } from '../actor.ts';
import { agreementReaders } from '../agreements/access.ts';
import { auditReaders } from '../audit/list-audit-entries.ts';
import { signedInUsers, userAdmins } from '../auth/user-access.ts';
import { governanceReaders } from '../governance/access.ts';
import { meetingReaders } from '../meetings/access.ts';
import { politicalCaseReaders } from '../political-cases/access.ts';
import { municipalityAdmins, municipalReaders, registryReaders } from '../registry/access.ts';
import { nationalAdmins } from '../tenancy/access.ts';
import { organisationUsers } from '../tenancy/list-cross-municipality-work.ts';

export interface NavigationLinkRule {
  href: string;
  label: string;
  access: AccessPolicy;
}

const PUBLIC: AccessPolicy = { public: true };

/**
 * The main menu, in order. The front page is public (it shows the public entry, the
 * organisation list or the Overblik); it is called Overblik for those who see the compliance
 * overview (governanceReaders: assessYear's policy), else Forside.
 */
export const mainLinkRules: readonly NavigationLinkRule[] = [
  { href: '/', label: 'Forside', access: PUBLIC },
  { href: '/boligorganisationer', label: 'Boligorganisationer', access: registryReaders },
  { href: '/moeder', label: 'Møder', access: meetingReaders },
  { href: '/aftaler', label: 'Aftaler', access: agreementReaders },
  { href: '/styringsmodeller', label: 'Styringsmodeller', access: governanceReaders },
  { href: '/politiske-sager', label: 'Politiske sager', access: politicalCaseReaders },
  { href: '/redegoerelser', label: 'Offentlige redegørelser', access: PUBLIC },
];

/** Links shown with the user's name: the municipality's own page and the admin pages. */
export const userLinkRules: readonly NavigationLinkRule[] = [
  { href: '/kommune', label: 'Kommunen', access: municipalReaders },
  { href: '/opstart', label: 'Opstart', access: municipalityAdmins },
  { href: '/brugere', label: 'Brugere', access: userAdmins },
  { href: '/revision', label: 'Revisionslog', access: { roles: [...auditReaders.roles] } },
  { href: '/min-profil', label: 'Mine adgange', access: signedInUsers },
  { href: '/drift', label: 'Drift', access: nationalAdmins },
  { href: '/paa-tvaers', label: 'På tværs af kommuner', access: organisationUsers },
];

/** The same admission rule as runUseCase and the page routes: public, or one admitted role. */
export function admits(actor: Actor, access: AccessPolicy): boolean {
  if ('public' in access) return true;
  if (actor.kind === 'system') return true;
  if (actor.kind === 'public') return false;
  return actor.grants.some((g) => access.roles.includes(g.role));
}
