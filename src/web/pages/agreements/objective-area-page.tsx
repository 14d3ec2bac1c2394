import type { AgreementSummary } from '../../../domain/agreements/follow-up.ts';
import { OBJECTIVE_AREA_LABELS } from '../../../domain/agreements/labels.ts';
import type { ObjectiveArea } from '../../../domain/agreements/types.ts';
import type { Municipality } from '../../../domain/registry/types.ts';
import { Layout } from '../../components/layout.tsx';
import { AgreementsNav } from './agreements-nav.tsx';

export interface ObjectiveAreaPageProps {
  municipality: Municipality & { isDemo: boolean };
  /** The counts per area over all the viewer's agreements (listAgreements' `byArea`). */
  byArea: { area: ObjectiveArea; summary: AgreementSummary }[];
  /** What the viewer may do (listAgreements decides). */
  can: { edit: boolean };
}

/**
 * Agreements per national objective area across the organisations (domain.md §3): the counts,
 * each area linking to the (paged, issue 18) agreements list filtered on it.
 */
export function ObjectiveAreaPage(p: ObjectiveAreaPageProps) {
  return (
    <Layout
      title="Aftaler pr. målområde"
      path="/aftaler"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
    >
      <h1>Aftaler pr. målområde</h1>
      <AgreementsNav current="/aftaler/maalomraader" canEdit={p.can.edit} />
      <table class="table table--compact">
        <caption>Antal aftaler pr. målområde</caption>
        <thead>
          <tr>
            <th scope="col">Målområde</th>
            <th scope="col" class="align-text-right">
              I alt
            </th>
            <th scope="col" class="align-text-right">
              Opfyldt
            </th>
            <th scope="col" class="align-text-right">
              I gang
            </th>
            <th scope="col" class="align-text-right">
              Over deadline
            </th>
          </tr>
        </thead>
        <tbody>
          {p.byArea.map(({ area, summary: s }) => (
            <tr>
              <th scope="row">
                <a href={`/aftaler?objectiveArea=${area}`}>{OBJECTIVE_AREA_LABELS[area]}</a>
              </th>
              <td class="align-text-right">{s.total}</td>
              <td class="align-text-right">{s.byStatus.fulfilled}</td>
              <td class="align-text-right">{s.byStatus.inProgress}</td>
              <td class="align-text-right">{s.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Vælg et målområde for at se dets aftaler.</p>
    </Layout>
  );
}
