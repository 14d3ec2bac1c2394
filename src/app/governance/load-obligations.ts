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

/**
 * The obligations of several calendar years from one load of the models and the registry: a page
 * listing every steering year (the public accounts index) sends the same statements for 1 year
 * as for 16.
 */
export async function loadObligationsOfYears(
  s: Store,
  municipalityCode: string,
  years: readonly number[],
): Promise<Map<number, Obligation[]>> {
  const out = new Map<number, Obligation[]>();
  if (years.length === 0) return out;
  const [versions, summaries] = await Promise.all([
    s.governance.listModelVersions(municipalityCode),
    s.registry.listOrganisations(municipalityCode),
  ]);
  const organisations = summaries.map((o) => o.organisation);
  const models = versions.map((v) => v.model);
  for (const year of years)
    out.set(year, deriveObligations({ municipality: municipalityCode, models, organisations, year }));
  return out;
}
