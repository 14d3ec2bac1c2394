/**
 * "How the municipality can use the sector": what the register and the key figures say about
 * the municipality's room to act in one organisation.
 *
 * - Municipal allocation (kommunal anvisning): the council may dispose of up to every fourth
 *   vacant family home to solve urgent housing needs (almenboligloven § 59, stk. 1). The number
 *   of family homes becoming vacant a year is estimated as family homes × move-out rate.
 * - Social housing programmes (boligsociale helhedsplaner, Landsbyggefonden's support under
 *   almenboligloven § 91 a): departments with the `helhedsplan` figure set to 1.
 * - Renovations and new building in the pipeline: the `renovering_mio` and `nybyggeri_boliger`
 *   figures, and the agreements whose objective area touches letting, departments or building.
 */
import type { ObjectiveArea } from '../agreements/types.ts';

export interface SectorDepartment {
  id: string;
  name: string;
  homes: number;
  kind: 'family' | 'elderly' | 'youth';
}

export interface SectorUse {
  familyHomes: number;
  /** The organisation's move-out rate that year (%), or null when not known. */
  moveOutRate: number | null;
  /** Family homes expected to become vacant in a year; null without a move-out rate. */
  expectedVacantFamilyHomes: number | null;
  /** Up to every fourth of them (almenboligloven § 59, stk. 1); null without a move-out rate. */
  allocationUpTo: number | null;
  /** Departments covered by a boligsocial helhedsplan. */
  programmeDepartments: string[];
  renovationMillions: number | null;
  newHomes: number | null;
  /** Sentences for the page and the PDF, in Danish. */
  sentences: string[];
}

/** The objective areas whose agreements touch the municipality's use of the sector. */
export const SECTOR_OBJECTIVE_AREAS: readonly ObjectiveArea[] = [
  'letting',
  'departments',
  'newBuildingAndRenovation',
];

const n = (x: number) => x.toLocaleString('da-DK', { maximumFractionDigits: 1 });

export function sectorUse(input: {
  departments: readonly SectorDepartment[];
  moveOutRate: number | null;
  programmeDepartmentIds: readonly string[];
  renovationMillions: number | null;
  newHomes: number | null;
}): SectorUse {
  const familyHomes = input.departments.filter((d) => d.kind === 'family').reduce((s, d) => s + d.homes, 0);
  const expected = input.moveOutRate === null ? null : Math.round((familyHomes * input.moveOutRate) / 100);
  // almenboligloven § 59, stk. 1: "indtil hver fjerde ledige almene familiebolig".
  const allocationUpTo = expected === null ? null : Math.floor(expected / 4);
  const programmeDepartments = input.departments
    .filter((d) => input.programmeDepartmentIds.includes(d.id))
    .map((d) => d.name);
  const sentences: string[] = [];
  if (expected === null || allocationUpTo === null) {
    sentences.push(
      `Organisationen har ${n(familyHomes)} familieboliger. Kommunen kan anvise op til hver fjerde ledige familiebolig (almenboligloven § 59, stk. 1); uden fraflytningstal kan antallet ikke anslås.`,
    );
  } else {
    sentences.push(
      `Organisationen har ${n(familyHomes)} familieboliger. Med en fraflytning på ${n(input.moveOutRate as number)} % bliver ca. ${n(expected)} ledige om året, og kommunen kan anvise op til hver fjerde – ca. ${n(allocationUpTo)} boliger om året (almenboligloven § 59, stk. 1).`,
    );
  }
  sentences.push(
    programmeDepartments.length > 0
      ? `Boligsocial helhedsplan i ${programmeDepartments.join(', ')}.`
      : 'Ingen afdelinger er registreret med en boligsocial helhedsplan.',
  );
  if (input.renovationMillions !== null && input.renovationMillions > 0) {
    sentences.push(`Renoveringer for ca. ${n(input.renovationMillions)} mio. kr. er i gang eller besluttet.`);
  }
  if (input.newHomes !== null && input.newHomes > 0) {
    sentences.push(`${n(input.newHomes)} nye boliger er under planlægning eller opførelse.`);
  }
  return {
    familyHomes,
    moveOutRate: input.moveOutRate,
    expectedVacantFamilyHomes: expected,
    allocationUpTo,
    programmeDepartments,
    renovationMillions: input.renovationMillions,
    newHomes: input.newHomes,
    sentences,
  };
}
