/** Danish display formats for the pages. */
import { copenhagenDate } from '../domain/shared/copenhagen-date.ts';
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

const timeFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as the Danish date and local time: "01-12-2026 kl. 14.05". */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '–';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '–';
  return `${danishDate(copenhagenDate(at))} kl. ${timeFormat.format(at)}`;
}
