import type { OrganisationSummary } from '../../../app/registry/registry-store.ts';
import type { Municipality } from '../../../domain/registry/types.ts';
import type { Paging } from '../../../domain/shared/paging.ts';
import { ExportLinks } from '../../components/export-links.tsx';
import { Layout } from '../../components/layout.tsx';
import { Pagination, pageHref } from '../../components/pagination.tsx';
import { formatDate, formatNumber, organisationKindLabel } from '../../format.ts';

export interface OrganisationListPageProps {
  municipality: Municipality & { isDemo: boolean };
  /** This page's organisations. */
  organisations: (OrganisationSummary & { active: boolean })[];
  paging: Paging | null;
  /** Over the whole list. */
  summary: { active: number; homes: number };
  userName: string | null;
  /** What the viewer may do (the use case decides). */
  can: { edit: boolean };
}

export function OrganisationListPage(props: OrganisationListPageProps) {
  const { municipality, organisations } = props;
  return (
    <Layout
      title="Boligorganisationer"
      path="/boligorganisationer"
      municipalityName={municipality.name}
      isDemo={municipality.isDemo}
      userName={props.userName}
    >
      <h1>Boligorganisationer</h1>
      <p>
        {props.summary.active} aktive organisationer med {formatNumber(props.summary.homes)} boliger i
        registeret for {municipality.name}.
      </p>
      <ul class="nobullet-list">
        {props.can.edit ? (
          <li>
            <a class="button button-primary" href="/boligorganisationer/ny">
              Opret boligorganisation
            </a>
          </li>
        ) : null}
        <li>
          <ExportLinks href="/boligorganisationer" /> ·{' '}
          <ExportLinks href="/afdelinger" what="alle afdelinger" />
          {props.can.edit ? (
            <span>
              {' '}
              · <a href="/registerimport">Indlæs register fra CSV</a>
            </span>
          ) : null}
        </li>
      </ul>
      <table class="table table--compact">
        <caption class="sr-only">Boligorganisationer</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">CVR</th>
            <th scope="col">Art</th>
            <th scope="col">Hjemkommune</th>
            <th scope="col">Status</th>
            <th scope="col" class="align-text-right">
              Afdelinger
            </th>
            <th scope="col" class="align-text-right">
              Boliger
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((s) => (
            <tr>
              <td>
                <a href={`/boligorganisationer/${encodeURIComponent(s.organisation.id)}`}>
                  {s.organisation.name}
                </a>
              </td>
              <td>{s.organisation.cvr}</td>
              <td>{organisationKindLabel[s.organisation.kind]}</td>
              <td>{s.organisation.seatMunicipality}</td>
              <td>{s.active ? 'Aktiv' : `Ophørt ${formatDate(s.organisation.activeTo)}`}</td>
              <td class="align-text-right">{s.departments}</td>
              <td class="align-text-right">{formatNumber(s.homes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        paging={props.paging}
        href={pageHref('/boligorganisationer', {})}
        label="Sider med boligorganisationer"
      />
    </Layout>
  );
}
