/**
 * The obligation engine at national scale, without a database: 98 municipalities with
 * Norddjurs' model versions re-keyed to each, 561 organisations (the sector on 1 January 2018,
 * domain.md §6; the largest municipality has 64) built from the demo registry's organisations,
 * and the four years of the 2026–2029 election period. Deterministic: same input every run.
 */
import { norddjursModels } from '../src/domain/governance-model/norddjurs-models.ts';
import type { GovernanceModel } from '../src/domain/governance-model/types.ts';
import { deriveObligations } from '../src/domain/obligations/derive-obligations.ts';
import type { Obligation } from '../src/domain/obligations/types.ts';
import { demoRegistry } from '../src/domain/registry/demo-data.ts';
import type { HousingOrganisation } from '../src/domain/registry/types.ts';

export const NATIONAL_MUNICIPALITIES = 98;
export const NATIONAL_ORGANISATIONS = 561;
const LARGEST = 64;
export const PLAN_YEARS = [2026, 2027, 2028, 2029] as const;

export interface NationalMunicipality {
  code: string;
  models: GovernanceModel[];
  organisations: HousingOrganisation[];
}

/** Organisations per municipality: 64 for the first, the remaining 497 spread evenly. */
function sizes(): number[] {
  const rest = NATIONAL_ORGANISATIONS - LARGEST;
  const others = NATIONAL_MUNICIPALITIES - 1;
  return [
    LARGEST,
    ...Array.from({ length: others }, (_, i) => Math.floor(rest / others) + (i < rest % others ? 1 : 0)),
  ];
}

export function nationalMunicipalities(): NationalMunicipality[] {
  const template = demoRegistry().organisations.filter((o) => o.seatMunicipality === '707');
  const models = norddjursModels();
  let n = 0;
  return sizes().map((size, m) => {
    const code = String(101 + m);
    return {
      code,
      models: models.map((model) => ({ ...model, municipality: code })),
      organisations: Array.from({ length: size }, () => {
        const t = template[n % template.length] as HousingOrganisation;
        const i = n++;
        return {
          ...t,
          id: `org-${i}`,
          name: `${t.name} ${i}`,
          cvr: String(10000000 + i),
          seatMunicipality: code,
        };
      }),
    };
  });
}

/**
 * The 2026–2029 plan of every municipality: each obligation once. The four years share one
 * election period, so its obligations are taken from the first year only.
 */
export function nationalPlan(municipalities: readonly NationalMunicipality[]): Obligation[] {
  const out: Obligation[] = [];
  for (const m of municipalities) {
    for (const year of PLAN_YEARS) {
      for (const o of deriveObligations({
        municipality: m.code,
        models: m.models,
        organisations: m.organisations,
        year,
      })) {
        if (year === PLAN_YEARS[0] || o.periodKind !== 'electionPeriod') out.push(o);
      }
    }
  }
  return out;
}

/** The bare baseline: copying the plan's objects, the least any engine must do to hand them out. */
export function copyPlan(plan: readonly Obligation[]): Obligation[] {
  return plan.map((o) => ({
    ...o,
    organisation: o.organisation ? { ...o.organisation } : null,
    publishAccount: { ...o.publishAccount },
  }));
}
