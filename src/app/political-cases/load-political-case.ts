/**
 * Loading one political case within the actor's reach (with its municipality, for the readers),
 * and the governance model versions that name it as their legal basis.
 */
import type { GovernanceModel } from '../../domain/governance-model/types.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import { type AccessPolicy, type Actor, authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { politicalCaseReaders } from './access.ts';
import type { StoredPoliticalCase } from './political-case-store.ts';

/** The case, or "not found" when it does not exist, is in another municipality, or is out of reach. */
export async function politicalCaseInReach(
  s: Store,
  actor: Actor,
  policy: AccessPolicy,
  id: string,
  municipality: string | undefined,
): Promise<StoredPoliticalCase> {
  const found = await s.politicalCases.getCase(id);
  if (!found || (municipality !== undefined && found.municipality !== municipality)) throw notFound('Sagen');
  authorize(actor, policy, { municipality: found.municipality }, 'Sagen');
  return found;
}

/** The case to read (politicalCaseReaders) and the municipality it belongs to. */
export async function readablePoliticalCase(
  s: Store,
  actor: Actor,
  id: string,
  municipality: string | undefined,
): Promise<{ found: StoredPoliticalCase; municipality: Municipality & { isDemo: boolean } }> {
  const found = await politicalCaseInReach(s, actor, politicalCaseReaders, id, municipality);
  const home = await s.registry.getMunicipality(found.municipality);
  if (!home) throw notFound('Kommunen');
  return { found, municipality: home };
}

export interface AdoptedModel {
  modelId: string;
  version: number;
  name: string;
  validFrom: string;
  validTo: string | null;
}

/** The model versions whose legalBasis.politicalCaseId is the case. */
export function modelsAdoptedBy(caseId: string, models: readonly GovernanceModel[]): AdoptedModel[] {
  return models
    .filter((m) => m.legalBasis.politicalCaseId === caseId)
    .map((m) => ({
      modelId: m.id,
      version: m.version,
      name: m.name,
      validFrom: m.validFrom,
      validTo: m.validTo,
    }));
}
