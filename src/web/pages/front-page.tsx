/**
 * Overblik: the front page. Logged-in users see their municipality and its organisations;
 * the public sees the municipalities and the way to their published accounts.
 */
import type { OrganisationSummary } from '../../app/registry/registry-store.ts';
import type { MyTasks } from '../../app/reminders/my-tasks.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import { Layout } from '../components/layout.tsx';
import { formatNumber, organisationKindLabel } from '../format.ts';
import { MyTasksSection } from './my-tasks-section.tsx';

export interface FrontPageProps {
  municipalities: Municipality[];
  current: (Municipality & { isDemo: boolean }) | null;
  organisations: OrganisationSummary[] | null;
  /** An organisation user's "Mine opgaver" (frontPage decides). */
  tasks?: MyTasks | null;
  userName: string | null;
}

export function FrontPage(props: FrontPageProps) {
  const { current, organisations } = props;
  return (
    <Layout
      title="Overblik"
      path="/"
      municipalityName={current?.name ?? null}
      isDemo={current?.isDemo ?? false}
      userName={props.userName}
    >
      <h1>Styringsdialog med de almene boligorganisationer</h1>
      <p class="font-lead">
        Kommunalbestyrelsen fører tilsyn med de almene boligorganisationer og holder hvert år et
        styringsdialogmøde med hver af dem (almenboligloven § 164).
      </p>
      {props.tasks ? <MyTasksSection tasks={props.tasks} /> : null}
      {current && organisations ? (
        <section aria-labelledby="org-heading">
          <h2 id="org-heading">Boligorganisationer i {current.name}</h2>
          {organisations.length === 0 ? (
            <p>Der er endnu ingen boligorganisationer i registeret.</p>
          ) : (
            <table class="table table--compact">
              <caption class="sr-only">Boligorganisationer med antal afdelinger og boliger</caption>
              <thead>
                <tr>
                  <th scope="col">Navn</th>
                  <th scope="col">Art</th>
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
                    <td>{organisationKindLabel[s.organisation.kind]}</td>
                    <td class="align-text-right">{s.departments}</td>
                    <td class="align-text-right">{formatNumber(s.homes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : (
        <section aria-labelledby="public-heading">
          <h2 id="public-heading">Kommuner</h2>
          {props.municipalities.length === 0 ? (
            <p>Ingen kommuner er oprettet endnu.</p>
          ) : (
            <ul>
              {props.municipalities.map((m) => (
                <li>
                  {m.name} – <a href={`/redegoerelser/${m.code}`}>offentliggjorte redegørelser</a>
                </li>
              ))}
            </ul>
          )}
          <p>
            Medarbejdere i kommunen og boligorganisationerne kan <a href="/log-ind">logge ind</a>.
          </p>
        </section>
      )}
    </Layout>
  );
}
