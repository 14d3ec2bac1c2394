/**
 * Stores the demo's political case (demo-political-case.ts) while the demo loads; load-demo.ts
 * then links Norddjurs' 2022 model version to it (legalBasis.politicalCaseId).
 */
import { type Actor, actorLabel } from '../actor.ts';
import type { Store } from '../ports.ts';
import {
  DEMO_POLITICAL_CASE_FILE,
  DEMO_POLITICAL_CASE_ID,
  demoPoliticalCase,
} from './demo-political-case.ts';
import { caseForAudit } from './import-agenda.ts';

export const DEMO_CASE_NUMBER = '22/8287';

/** Inserts the demo case of municipality 707; returns the number of cases stored. */
export async function storeDemoPoliticalCase(s: Store, actor: Actor): Promise<number> {
  const municipality = await s.registry.getMunicipality('707');
  const { cases, report } = demoPoliticalCase(municipality?.bodyAbbreviations ?? {});
  const politicalCase = cases[0];
  if (!politicalCase) return 0;
  const source = { format: 'demo' as const, fileName: DEMO_POLITICAL_CASE_FILE, report };
  await s.politicalCases.insertCase({
    id: DEMO_POLITICAL_CASE_ID,
    municipality: '707',
    politicalCase,
    source,
    importedBy: actorLabel(actor),
  });
  await s.audit.append({
    municipality: '707',
    action: 'importPoliticalCase',
    entity: 'politicalCase',
    entityId: DEMO_POLITICAL_CASE_ID,
    before: null,
    after: caseForAudit(politicalCase, source),
  });
  return 1;
}
