import type { Agreement } from '../../../domain/agreements/types.ts';
import type { HousingOrganisation, Municipality } from '../../../domain/registry/types.ts';
import { AgreementTable } from '../../components/agreement-table.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { AgreementsNav } from './agreements-nav.tsx';

export interface OverduePageProps {
  municipality: Municipality & { isDemo: boolean };
  organisations: HousingOrganisation[];
  /** Open agreements past their deadline. */
  agreements: (Agreement & { overdue: boolean })[];
  today: string;
  /** What the viewer may do (listAgreements decides). */
  can: { edit: boolean };
}

export function OverduePage(p: OverduePageProps) {
  const names = new Map(p.organisations.map((o) => [o.id, o.name]));
  const byOrganisation = p.organisations
    .map((o) => ({ organisation: o, agreements: p.agreements.filter((a) => a.organisationId === o.id) }))
    .filter((g) => g.agreements.length > 0);
  return (
    <Layout
      title="Aftaler over deadline"
      path="/aftaler"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
    >
      <h1>Aftaler over deadline</h1>
      <AgreementsNav current="/aftaler/over-deadline" canEdit={p.can.edit} />
      <p>
        {p.agreements.length === 0
          ? `Ingen åbne aftaler er over deadline pr. ${formatDate(p.today)}.`
          : `${p.agreements.length} åbne ${p.agreements.length === 1 ? 'aftale er' : 'aftaler er'} over deadline pr. ${formatDate(p.today)}. De følges op på næste styringsdialogmøde.`}
      </p>
      {byOrganisation.map((g) => (
        <section aria-labelledby={`overdue-${g.organisation.id}`}>
          <h2 id={`overdue-${g.organisation.id}`}>
            {g.organisation.name} ({g.agreements.length})
          </h2>
          <AgreementTable
            caption={`Aftaler over deadline med ${g.organisation.name}`}
            agreements={g.agreements}
            organisationNames={names}
          />
        </section>
      ))}
    </Layout>
  );
}
