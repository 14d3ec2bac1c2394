import { roleText } from '../../../domain/registry/role-text.ts';
import type { HousingOrganisation, Municipality, Person } from '../../../domain/registry/types.ts';
import type { Finding } from '../../../domain/shared/finding.ts';
import type { Paging } from '../../../domain/shared/paging.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ExportLinks } from '../../components/export-links.tsx';
import { Findings } from '../../components/findings.tsx';
import { Layout } from '../../components/layout.tsx';
import { Pagination, pageHref } from '../../components/pagination.tsx';

export { roleText };

export interface PeoplePageProps {
  municipality: Municipality & { isDemo: boolean };
  /** This page's people. */
  persons: Person[];
  paging: Paging | null;
  organisations: HousingOrganisation[];
  findings: Finding[];
  userName: string | null;
  /** What the viewer may do (the use case decides). */
  can: { edit: boolean };
  /** Whether the viewer's role sees e-mail and phone (decided in app/registry/contact-access.ts). */
  contactVisible: boolean;
}

export function PeoplePage(p: PeoplePageProps) {
  return (
    <Layout
      title="Personer"
      path="/boligorganisationer"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
      userName={p.userName}
    >
      <h1>Personer</h1>
      <p>
        Embedsmænd, politikere, bestyrelsesmedlemmer og administrationsmedarbejdere med deres roller over tid.
      </p>
      <Findings findings={p.findings} heading="Mulig inhabilitet efter almenboligloven § 14" />
      <p>
        {p.can.edit ? (
          <span>
            <a class="button button-primary" href="/personer/ny">
              Opret person
            </a>{' '}
          </span>
        ) : null}
        <ExportLinks href="/personer" /> · <a href="/udvalg">Udvalg og medlemmer</a>
      </p>
      <table class="table table--compact">
        <caption class="sr-only">Personer</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            {p.contactVisible ? <th scope="col">E-mail</th> : null}
            <th scope="col">Roller</th>
          </tr>
        </thead>
        <tbody>
          {p.persons.map((person) => (
            <tr>
              <td>
                <a href={`/personer/${encodeURIComponent(person.id)}`}>{person.name}</a>
              </td>
              {p.contactVisible ? <td>{person.email ?? '–'}</td> : null}
              <td>{person.roles.map((r) => roleText(r, p.organisations)).join('; ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination paging={p.paging} href={pageHref('/personer', {})} label="Sider med personer" />
    </Layout>
  );
}

export interface PersonPageProps {
  municipality: Municipality & { isDemo: boolean };
  person: Person;
  organisations: HousingOrganisation[];
  memberships: {
    electionPeriod: string;
    role: string;
    body: { name: string; abbreviation: string } | null;
  }[];
  findings: Finding[];
  userName: string | null;
  /** What the viewer may do (the use case decides). */
  can: { edit: boolean };
  contactVisible: boolean;
}

const membershipRole = { chair: 'formand', viceChair: 'næstformand', member: 'medlem' } as Record<
  string,
  string
>;

export function PersonPage(p: PersonPageProps) {
  return (
    <Layout
      title={p.person.name}
      path="/boligorganisationer"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
      userName={p.userName}
    >
      <Breadcrumbs trail={[{ href: '/personer', label: 'Personer' }]} current={p.person.name} />
      <h1>{p.person.name}</h1>
      <Findings findings={p.findings} heading="Mulig inhabilitet efter almenboligloven § 14" />
      {p.contactVisible ? (
        <dl class="app-facts">
          <dt>E-mail</dt>
          <dd>{p.person.email ?? '–'}</dd>
          <dt>Telefon</dt>
          <dd>{p.person.phone ?? '–'}</dd>
        </dl>
      ) : null}
      {p.can.edit ? (
        <p>
          <a class="button button-secondary" href={`/personer/${encodeURIComponent(p.person.id)}/ret`}>
            Ret personen
          </a>
        </p>
      ) : null}
      <h2>Roller</h2>
      {p.person.roles.length === 0 ? (
        <p>Ingen roller.</p>
      ) : (
        <ul>
          {p.person.roles.map((r) => (
            <li>{roleText(r, p.organisations)}</li>
          ))}
        </ul>
      )}
      <h2>Udvalg</h2>
      {p.memberships.length === 0 ? (
        <p>Ikke medlem af et udvalg.</p>
      ) : (
        <ul>
          {p.memberships.map((m) => (
            <li>
              {m.body?.name ?? 'Ukendt udvalg'} ({m.body?.abbreviation}), {membershipRole[m.role] ?? m.role},
              valgperioden {m.electionPeriod}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
