/**
 * What the public is told about a suspended municipality (issue 17): its public pages say that
 * it is closed instead of showing its accounts. A 404 like anything else not shown, with a
 * message that says why.
 */
import { AppError } from '../app-error.ts';
import type { Store } from '../ports.ts';

export async function refuseIfSuspendedMunicipality(s: Store, municipality: string): Promise<void> {
  const m = await s.registry.getMunicipality(municipality);
  if (m?.suspension) {
    throw new AppError(
      'notFound',
      'Kommunen er lukket',
      `${m.name} er midlertidigt lukket i Styringsdialog. Kommunens redegørelser vises ikke imens.`,
    );
  }
}
