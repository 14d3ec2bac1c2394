import { groupByObjectiveArea, summariseAgreements } from '../../../domain/agreements/follow-up.ts';
import { OBJECTIVE_AREA_LABELS } from '../../../domain/agreements/labels.ts';
import type { Agreement } from '../../../domain/agreements/types.ts';
import type { HousingOrganisation, Municipality } from '../../../domain/registry/types.ts';
import { AgreementTable } from '../../components/agreement-table.tsx';
import { Layout } from '../../components/layout.tsx';
import { AgreementsNav } from './agreements-nav.tsx';

export interface ObjectiveAreaPageProps {
  municipality: Municipality & { isDemo: boolean };
  organisations: HousingOrganisation[];
  agreements: (Agreement & { overdue: boolean })[];
  today: string;
  /** What the viewer may do (listAgreements decides). */
  can: { edit: boolean };
}

/** Agreements per national objective area across the organisations (domain.md §3). */
export function ObjectiveAreaPage(p: ObjectiveAreaPageProps) {
  const names = new Map(p.organisations.map((o) => [o.id, o.name]));
  const groups = [...groupByObjectiveArea(p.agreements)];
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
          {groups.map(([area, list]) => {
            const s = summariseAgreements(list, p.today);
            return (
              <tr>
                <th scope="row">
                  <a href={`#area-${area}`}>{OBJECTIVE_AREA_LABELS[area]}</a>
                </th>
                <td class="align-text-right">{s.total}</td>
                <td class="align-text-right">{s.byStatus.fulfilled}</td>
                <td class="align-text-right">{s.byStatus.inProgress}</td>
                <td class="align-text-right">{s.overdue}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {groups.map(([area, list]) => (
        <section aria-labelledby={`area-${area}`}>
          <h2 id={`area-${area}`}>
            {OBJECTIVE_AREA_LABELS[area]} ({list.length})
          </h2>
          <AgreementTable
            caption={OBJECTIVE_AREA_LABELS[area]}
            agreements={list}
            organisationNames={names}
            withoutArea
          />
        </section>
      ))}
    </Layout>
  );
}
