/**
 * What every key figure read model starts from: the municipality's active housing organisations
 * with their departments, the figures of the years shown, and the flag thresholds (the
 * municipality's setting, else the defaults).
 */
import type { ViewOrganisation } from '../../domain/key-figures/key-figure-view.ts';
import { DEFAULT_THRESHOLDS, type FlagThresholds, type KeyFigure } from '../../domain/key-figures/types.ts';
import { isActiveOn } from '../../domain/registry/active.ts';
import type { Department, HousingOrganisation } from '../../domain/registry/types.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import type { Store } from '../ports.ts';

/** Years in a trend: the chosen steering year and the seven before it. */
export const TREND_YEARS = 8;

export interface KeyFigureBasis {
  organisations: (ViewOrganisation & {
    organisation: HousingOrganisation;
    departmentRecords: Department[];
  })[];
  figures: KeyFigure[];
  thresholds: FlagThresholds;
  years: number[];
}

export async function loadKeyFigureBasis(
  s: Store,
  municipality: string,
  year: number,
  activeOn: IsoDate,
): Promise<KeyFigureBasis> {
  const summaries = await s.registry.listOrganisations(municipality);
  const active = summaries
    .map((x) => x.organisation)
    .filter((o) => o.kind === 'housingOrganisation' && isActiveOn(o, activeOn));
  // Every department of the municipality in one statement, not one per organisation.
  const byOrganisation = new Map<string, Department[]>();
  for (const d of await s.registry.listDepartmentsOfMunicipality(municipality)) {
    const list = byOrganisation.get(d.organisationId) ?? [];
    list.push(d);
    byOrganisation.set(d.organisationId, list);
  }
  const organisations = active.map((o) => {
    const departmentRecords = byOrganisation.get(o.id) ?? [];
    return {
      id: o.id,
      name: o.name,
      organisation: o,
      departmentRecords,
      departments: departmentRecords.map((d) => ({ id: d.id, name: d.name, homes: d.homes })),
    };
  });
  const years = Array.from({ length: TREND_YEARS }, (_, i) => year - TREND_YEARS + 1 + i);
  const [figures, thresholds] = await Promise.all([
    s.keyFigures.list(municipality, { years }),
    s.keyFigures.thresholds(municipality),
  ]);
  return { organisations, figures, thresholds: thresholds ?? DEFAULT_THRESHOLDS, years };
}

/** The day a year's briefing describes: today for this year or later, else the year's last day. */
export function briefingDate(year: number, today: IsoDate): IsoDate {
  return year < Number(today.slice(0, 4)) ? `${year}-12-31` : today;
}
