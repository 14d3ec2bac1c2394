/**
 * The municipality's organisations with their departments, as the key figure importer and the
 * hand-entry form look figures up (by LBF number, and by id).
 */
import type { KnownKeyFigureOrganisation } from '../../importer/key-figures-csv/parse-key-figures-csv.ts';
import type { Store } from '../ports.ts';

export async function knownOrganisations(
  s: Store,
  municipality: string,
): Promise<KnownKeyFigureOrganisation[]> {
  const organisations = (await s.registry.listOrganisations(municipality)).map((x) => x.organisation);
  return Promise.all(
    organisations.map(async (o) => ({
      id: o.id,
      lbfNumber: o.lbfNumber,
      departments: (await s.registry.listDepartments(o.id)).map((d) => ({
        id: d.id,
        lbfNumber: d.lbfNumber,
      })),
    })),
  );
}
