/**
 * Loads what the obligation engine needs for one municipality and derives the obligations of
 * a calendar year: the model versions and the registry's organisations.
 */
import { deriveObligations } from '../../domain/obligations/derive-obligations.ts';
import type { Obligation } from '../../domain/obligations/types.ts';
import type { HousingOrganisation, Municipality } from '../../domain/registry/types.ts';
import { notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';

export interface LoadedObligations {
  municipality: Municipality & { isDemo: boolean };
  organisations: HousingOrganisation[];
  obligations: Obligation[];
}

export async function loadObligations(
  s: Store,
  municipalityCode: string,
  year: number,
): Promise<LoadedObligations> {
  const municipality = await s.registry.getMunicipality(municipalityCode);
  if (!municipality) throw notFound('Kommunen');
  const [versions, summaries] = await Promise.all([
    s.governance.listModelVersions(municipalityCode),
    s.registry.listOrganisations(municipalityCode),
  ]);
  const organisations = summaries.map((o) => o.organisation);
  const obligations = deriveObligations({
    municipality: municipalityCode,
    models: versions.map((v) => v.model),
    organisations,
    year,
  });
  return { municipality, organisations, obligations };
}
