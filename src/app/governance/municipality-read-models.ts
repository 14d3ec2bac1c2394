/**
 * A municipality's viewer-independent read models, kept in the instance's read cache
 * (read-cache/read-model-cache.ts) under its content version (compliance_content.version: bumped
 * by triggers on every change of facts, models, organisations, agreements and the municipality,
 * and when stored compliance is rewritten). The caller reads the version once per request and
 * passes it in; what a viewer may see is filtered after the cache.
 */
import { type Actor, organisationScope } from '../actor.ts';
import type { AgreementState } from '../agreements/agreement-store.ts';
import type { Store } from '../ports.ts';
import { memoRead } from '../read-cache/read-model-cache.ts';
import type { ComplianceContent } from './compliance-state-store.ts';

/**
 * The cache key of a municipality's read models: its content version (bumped by triggers on
 * every change of what the Overblik shows, and when stored compliance is rewritten) and the day.
 * Null when nothing may be cached: no content row, or stored compliance behind its inputs.
 */
export function contentKey(content: ComplianceContent | null, today: string): string | null {
  if (!content || content.computedVersion !== content.complianceVersion) return null;
  return `${content.version}|${today}`;
}

/** The key of what changes only with the content version (not with the day). */
function versionKey(content: ComplianceContent | null): string | null {
  return content ? String(content.version) : null;
}

/** Every agreement state of the municipality, read once per content version (agreements bump it). */
export async function municipalityAgreementStates(
  s: Store,
  content: ComplianceContent | null,
  municipality: string,
): Promise<AgreementState[]> {
  return memoRead(s.readCache, `agreement-states:${municipality}`, versionKey(content), () =>
    s.agreements.listAgreementStates(municipality),
  );
}

/** The agreements the actor may see, from the municipality's (cached) list. */
export function agreementsInScope(actor: Actor, municipality: string, all: readonly AgreementState[]) {
  const scope = organisationScope(actor, municipality);
  return scope === 'all' ? [...all] : all.filter((a) => scope.includes(a.organisationId));
}

/** Organisation id → name of the municipality, read once per content version (organisations bump it). */
export async function municipalityOrganisationNames(
  s: Store,
  content: ComplianceContent | null,
  municipality: string,
): Promise<Record<string, string>> {
  return memoRead(s.readCache, `organisation-names:${municipality}`, versionKey(content), async () =>
    Object.fromEntries(
      (await s.registry.listOrganisations(municipality)).map((o) => [o.organisation.id, o.organisation.name]),
    ),
  );
}
