import type {
  Department,
  HousingOrganisation,
  Municipality,
  Person,
} from '../../../domain/registry/types.ts';
import { ROLE_LABELS } from '../../../domain/registry/validate-person.ts';
import type { Finding } from '../../../domain/shared/finding.ts';
import { AgreementTimeline, type AgreementTimelineProps } from '../../components/agreement-timeline.tsx';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { Findings } from '../../components/findings.tsx';
import { Layout } from '../../components/layout.tsx';
import { departmentKindLabel, formatDate, formatNumber, organisationKindLabel } from '../../format.ts';

export interface OrganisationPageProps {
  municipality: Municipality & { isDemo: boolean };
  organisation: HousingOrganisation;
  active: boolean;
  departments: Department[];
  people: Person[];
  findings: Finding[];
  administrator: HousingOrganisation | null;
  administers: HousingOrganisation[];
  userName: string | null;
  /** What the viewer may do (the use case decides). */
  can: { edit: boolean };
  /** The organisation's agreements over the years (agreement-timeline.tsx); absent: no section. */
  agreements?: AgreementTimelineProps['agreements'];
}

function administrationText(p: OrganisationPageProps): string {
  const by = p.organisation.administeredBy;
  switch (by.kind) {
    case 'self':
      return 'Administrerer sig selv';
    case 'privateAdministrator':
      return `Privat administrator: ${by.name}`;
    case 'administrationOrganisation':
    case 'otherOrganisation':
      return `Administreres af ${p.administrator?.name ?? by.organisationId}`;
  }
}

export function OrganisationPage(p: OrganisationPageProps) {
  const o = p.organisation;
  const homes = p.departments.reduce((sum, d) => sum + d.homes, 0);
  const base = `/boligorganisationer/${encodeURIComponent(o.id)}`;
  return (
    <Layout
      title={o.name}
      path="/boligorganisationer"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
      userName={p.userName}
    >
      <Breadcrumbs
        trail={[{ href: '/boligorganisationer', label: 'Boligorganisationer' }]}
        current={o.name}
      />
      <h1>{o.name}</h1>
      <Findings findings={p.findings} heading="Mulig inhabilitet efter almenboligloven § 14" />
      <p>
        <a href={`${base}/noegletal`}>Nøgletal og udvikling</a> (husleje, tomgang, fraflytning,
        effektivitetstal …)
      </p>
      <dl class="app-facts">
        <dt>Art</dt>
        <dd>{organisationKindLabel[o.kind]}</dd>
        <dt>CVR-nummer</dt>
        <dd>{o.cvr}</dd>
        <dt>LBF-nummer</dt>
        <dd>{o.lbfNumber ?? '–'}</dd>
        <dt>Hjemkommune</dt>
        <dd>
          {o.seatMunicipality}
          {o.seatMunicipality !== p.municipality.code
            ? ' (hjemsted i en anden kommune – ikke omfattet af det lovpligtige møde her)'
            : ''}
        </dd>
        <dt>Administration</dt>
        <dd>{administrationText(p)}</dd>
        <dt>Regnskabsår slutter</dt>
        <dd>
          {o.accountingYearEnd === '12-31'
            ? '31. december'
            : `${o.accountingYearEnd.slice(3)}-${o.accountingYearEnd.slice(0, 2)} (forskudt regnskabsår)`}
        </dd>
        <dt>Aktiv</dt>
        <dd>
          {formatDate(o.activeFrom)} – {o.activeTo ? formatDate(o.activeTo) : ''}{' '}
          {p.active ? '(aktiv)' : '(ophørt)'}
        </dd>
      </dl>
      {p.can.edit ? (
        <p>
          <a class="button button-secondary" href={`${base}/ret`}>
            Ret organisationen
          </a>
        </p>
      ) : null}
      {p.administers.length > 0 ? (
        <section aria-labelledby="administers-heading">
          <h2 id="administers-heading">Administrerer</h2>
          <ul>
            {p.administers.map((a) => (
              <li>
                <a href={`/boligorganisationer/${encodeURIComponent(a.id)}`}>{a.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="departments-heading">
        <h2 id="departments-heading">
          Afdelinger ({p.departments.length}, {formatNumber(homes)} boliger)
        </h2>
        {p.can.edit ? (
          <p>
            <a href={`${base}/afdelinger/ny`}>Opret afdeling</a>
          </p>
        ) : null}
        {p.departments.length === 0 ? (
          <p>Organisationen har ingen afdelinger i registeret.</p>
        ) : (
          <table class="table table--compact">
            <caption class="sr-only">Afdelinger</caption>
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                <th scope="col">Navn</th>
                <th scope="col">Adresse</th>
                <th scope="col">Kommune</th>
                <th scope="col">Type</th>
                <th scope="col">Afdelingsbestyrelse</th>
                <th scope="col" class="align-text-right">
                  Boliger
                </th>
              </tr>
            </thead>
            <tbody>
              {p.departments.map((d) => (
                <tr>
                  <td>{d.lbfNumber}</td>
                  <td>
                    {p.can.edit ? (
                      <a href={`${base}/afdelinger/${encodeURIComponent(d.id)}/ret`}>{d.name}</a>
                    ) : (
                      d.name
                    )}
                  </td>
                  <td>{d.address}</td>
                  <td>{d.locationMunicipality}</td>
                  <td>{departmentKindLabel[d.kind]}</td>
                  <td>{d.hasDepartmentBoard ? 'Ja' : 'Nej'}</td>
                  <td class="align-text-right">{formatNumber(d.homes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">Bestyrelse og administration</h2>
        {p.people.length === 0 ? (
          <p>Ingen personer er registreret for organisationen.</p>
        ) : (
          <ul>
            {p.people.map((person) =>
              person.roles
                .filter((r) => 'organisationId' in r && r.organisationId === o.id)
                .map((r) => (
                  <li>
                    <a href={`/personer/${encodeURIComponent(person.id)}`}>{person.name}</a>,{' '}
                    {ROLE_LABELS[r.kind]} ({formatDate(r.from)} – {r.to ? formatDate(r.to) : 'nu'})
                  </li>
                )),
            )}
          </ul>
        )}
      </section>
      {p.agreements ? <AgreementTimeline organisationId={o.id} agreements={p.agreements} /> : null}
    </Layout>
  );
}
