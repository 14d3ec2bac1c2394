/** Danish names for audit actions and entities, and the time format of the Revisionslog. */
import { DateTime } from 'luxon';
import { DANISH_ZONE } from '../../../domain/shared/copenhagen-date.ts';

export const actionLabels: Record<string, string> = {
  create: 'Oprettet',
  update: 'Ændret',
  delete: 'Slettet',
  revoke: 'Tilbagekaldt',
  login: 'Logget ind',
  loginFailed: 'Mislykket login',
  logout: 'Logget ud',
  grantRole: 'Rolle tildelt',
  revokeRole: 'Rolle fjernet',
  requestPasswordReset: 'Link til ny adgangskode bestilt',
  resetPassword: 'Adgangskode nulstillet',
  setInitialPassword: 'Adgangskode valgt',
  loadDemo: 'Demodata indlæst',
};

export const entityLabels: Record<string, string> = {
  user: 'Bruger',
  apiToken: 'Adgangsnøgle',
  municipality: 'Kommune',
  housingOrganisation: 'Boligorganisation',
  department: 'Afdeling',
  person: 'Person',
  dataset: 'Datasæt',
};

export function formatDateTime(at: Date): string {
  return DateTime.fromJSDate(at, { zone: DANISH_ZONE }).toFormat('dd-MM-yyyy HH:mm:ss');
}
