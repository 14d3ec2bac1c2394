/**
 * Loading agreements within the actor's reach: an organisation user sees only its own
 * organisation's agreements, and anything outside reach answers "not found".
 */
import { type AccessPolicy, type Actor, authorize, organisationScope } from '../actor.ts';
import { notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';
import type { AgreementState, StoredAgreement } from './agreement-store.ts';

/** The agreements the actor may see in `municipality`, and the organisation scope used. */
export async function visibleAgreements(
  s: Store,
  actor: Actor,
  municipality: string,
): Promise<{ agreements: StoredAgreement[]; scope: 'all' | string[] }> {
  const scope = organisationScope(actor, municipality);
  const agreements = await s.agreements.listAgreements(municipality, scopeFilter(scope));
  return { agreements, scope };
}

/** The same agreements without their histories (one statement), for summaries. */
export async function visibleAgreementStates(
  s: Store,
  actor: Actor,
  municipality: string,
): Promise<AgreementState[]> {
  return s.agreements.listAgreementStates(municipality, scopeFilter(organisationScope(actor, municipality)));
}

const scopeFilter = (scope: 'all' | string[]) => (scope === 'all' ? {} : { organisationIds: scope });

/** One agreement the actor may use under `policy`, or "not found". */
export async function agreementInReach(
  s: Store,
  actor: Actor,
  policy: AccessPolicy,
  municipality: string,
  id: string,
): Promise<StoredAgreement> {
  const agreement = await s.agreements.getAgreement(municipality, id);
  if (!agreement) throw notFound('Aftalen');
  authorize(actor, policy, { municipality, organisationId: agreement.organisationId }, 'Aftalen');
  return agreement;
}

/** The audit view of an agreement: its fields and current status, without the history. */
export function agreementForAudit(
  a: StoredAgreement | Omit<StoredAgreement, 'version'>,
): Record<string, unknown> {
  const { history: _history, ...fields } = a;
  const { version: _version, ...rest } = fields as typeof fields & { version?: number };
  return rest;
}
