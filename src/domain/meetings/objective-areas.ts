/**
 * The five national objective areas (målområder) that the dialogue follows up and that agreements
 * are tagged with (domain.md §3 [law/practice]). Codes are English (glossary style), labels Danish.
 */
export const OBJECTIVE_AREAS = [
  'economyAndOperations',
  'managementAndResidentDemocracy',
  'letting',
  'departments',
  'newBuildingAndRenovation',
] as const;
export type ObjectiveArea = (typeof OBJECTIVE_AREAS)[number];

export const OBJECTIVE_AREA_LABELS: Readonly<Record<ObjectiveArea, string>> = {
  economyAndOperations: 'Økonomi og drift',
  managementAndResidentDemocracy: 'Ledelse og beboerdemokrati',
  letting: 'Udlejning',
  // domain.md §3: the departments' physical and social state.
  departments: 'Boligafdelinger',
  newBuildingAndRenovation: 'Nybyggeri og renovering',
};

export function isObjectiveArea(value: string): value is ObjectiveArea {
  return (OBJECTIVE_AREAS as readonly string[]).includes(value);
}
