/**
 * Danish names of the agreement vocabulary, for pages, CSV files and messages. The code names
 * stay English (domain.md §7); users only ever see these.
 */
import type { AgreementStatus, ObjectiveArea, ResponsibleParty } from './types.ts';

/** The national objective areas (domain.md §3) [law/practice]. */
export const OBJECTIVE_AREA_LABELS: Record<ObjectiveArea, string> = {
  economyAndOperations: 'Økonomi og drift',
  managementAndResidentDemocracy: 'Ledelse og beboerdemokrati',
  letting: 'Udlejning',
  departments: 'Boligafdelinger',
  newBuildingAndRenovation: 'Nybyggeri og renovering',
  other: 'Andet',
};

export const STATUS_LABELS: Record<AgreementStatus, string> = {
  agreed: 'Aftalt',
  inProgress: 'I gang',
  fulfilled: 'Opfyldt',
  notFulfilled: 'Ikke opfyldt',
  dropped: 'Bortfaldet',
};

export const RESPONSIBLE_KIND_LABELS: Record<ResponsibleParty['kind'], string> = {
  organisation: 'Boligorganisationen',
  administration: 'Kommunen (forvaltningen)',
  both: 'Begge parter',
  namedUnit: 'En navngiven enhed',
};

export function responsibleText(r: ResponsibleParty): string {
  return r.kind === 'namedUnit' ? r.name : RESPONSIBLE_KIND_LABELS[r.kind];
}
