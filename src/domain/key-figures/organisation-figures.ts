/**
 * An organisation's figure for a year: the one given for the organisation itself, or, when only
 * its departments have one, derived from them — summed (homes, complaints) or weighted by the
 * departments' homes (rates, amounts per m²). A derived figure says so (`derived: true`).
 */
import { figureDefinition } from './figure-codes.ts';
import type { KeyFigure } from './types.ts';

export interface DepartmentSize {
  id: string;
  homes: number;
}

export interface OrganisationFigure {
  value: number;
  unit: string;
  derived: boolean;
}

export function organisationFigure(
  figures: readonly KeyFigure[],
  organisationId: string,
  departments: readonly DepartmentSize[],
  year: number,
  code: string,
): OrganisationFigure | null {
  const own = figures.find(
    (f) =>
      f.organisationId === organisationId &&
      f.departmentId === null &&
      f.steeringYear === year &&
      f.code === code,
  );
  if (own) return { value: own.value, unit: own.unit, derived: false };
  const definition = figureDefinition(code);
  if (!definition || definition.aggregation === 'none') return null;
  const homesOf = new Map(departments.map((d) => [d.id, d.homes]));
  const parts = figures.filter(
    (f) =>
      f.organisationId === organisationId &&
      f.departmentId !== null &&
      homesOf.has(f.departmentId) &&
      f.steeringYear === year &&
      f.code === code,
  );
  if (parts.length === 0) return null;
  if (definition.aggregation === 'sum') {
    return { value: parts.reduce((s, f) => s + f.value, 0), unit: definition.unit, derived: true };
  }
  const weight = (f: KeyFigure) => homesOf.get(f.departmentId as string) ?? 0;
  const total = parts.reduce((s, f) => s + weight(f), 0);
  if (total === 0) return null;
  const value = parts.reduce((s, f) => s + f.value * weight(f), 0) / total;
  return { value: Math.round(value * 100) / 100, unit: definition.unit, derived: true };
}
