/** Danish display formats for the pages. */
import { danishDate } from '../domain/shared/iso-date.ts';

export function formatDate(iso: string | null | undefined): string {
  return iso ? danishDate(iso) : '–';
}

const numberFormat = new Intl.NumberFormat('da-DK');

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export const organisationKindLabel = {
  housingOrganisation: 'Boligorganisation',
  administrationOrganisation: 'Administrationsorganisation',
} as const;

export const departmentKindLabel = {
  family: 'Familieboliger',
  elderly: 'Ældreboliger',
  youth: 'Ungdomsboliger',
} as const;
