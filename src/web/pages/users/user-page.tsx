/** One user: details, the roles in this municipality (each can be removed), and "grant a role". */
import type { ApiTokenRecord, GrantRecord, UserRecord } from '../../../app/auth/auth-store.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, type FormState } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDateTime } from '../audit/audit-labels.ts';
import { Notice } from '../auth/input-field.tsx';
import { ApiTokenTable } from './api-token-table.tsx';
import { grantText, type OrganisationOption, RoleFields } from './user-forms.tsx';

export interface UserPageProps {
  municipality: { code: string; name: string };
  user: UserRecord;
  grants: GrantRecord[];
  apiTokens: readonly ApiTokenRecord[];
  mayDeactivate: boolean;
  now: Date;
  organisations: readonly OrganisationOption[];
  form: FormState;
  notice: keyof typeof notices | null;
  failure: { title: string; detail: string } | null;
}

const notices = {
  created: {
    heading: 'Brugeren er oprettet',
    text: 'Der er lagt en e-mail med et link til at vælge adgangskode i udbakken.',
  },
  granted: { heading: 'Rollen er tildelt', text: 'Rollen virker fra brugerens næste klik.' },
  revoked: { heading: 'Rollen er fjernet', text: 'Ændringen virker fra brugerens næste klik.' },
  tokenRevoked: { heading: 'Nøglen er tilbagekaldt', text: 'Den virker ikke længere.' },
  deactivated: {
    heading: 'Brugeren er deaktiveret',
    text: 'Brugeren er logget ud overalt, og alle brugerens adgangsnøgler, kalenderadresser og links til ny adgangskode virker ikke længere.',
  },
};

export function UserPage(props: UserPageProps) {
  const base = `/brugere/${encodeURIComponent(props.user.id)}`;
  const q = `?kommune=${props.municipality.code}`;
  return (
    <Layout title={props.user.name} path="/brugere" municipalityName={props.municipality.name}>
      <p>
        <a href={`/brugere${q}`}>Alle brugere</a>
      </p>
      <h1>{props.user.name}</h1>
      {props.notice ? <Notice kind="success" {...notices[props.notice]} /> : null}
      {props.failure ? (
        <Notice kind="error" heading={props.failure.title} text={props.failure.detail} />
      ) : null}
      <dl>
        <dt>E-mail</dt>
        <dd>{props.user.email}</dd>
        <dt>Status</dt>
        <dd>{props.user.active ? 'Aktiv' : 'Deaktiveret'}</dd>
        <dt>Seneste login</dt>
        <dd>{props.user.lastLoginAt ? formatDateTime(props.user.lastLoginAt) : 'Aldrig'}</dd>
      </dl>

      <h2>Roller i {props.municipality.name}</h2>
      {props.grants.length === 0 ? (
        <p>Brugeren har ingen roller i kommunen.</p>
      ) : (
        <table class="table table--compact">
          <caption class="sr-only">Brugerens roller</caption>
          <thead>
            <tr>
              <th scope="col">Rolle</th>
              <th scope="col">
                <span class="sr-only">Handling</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.grants.map((g) => (
              <tr>
                <td>{grantText(g, props.organisations)}</td>
                <td>
                  <form method="post" action={`${base}/roller/${g.id}/fjern${q}`}>
                    <CsrfField />
                    <button class="button button-secondary" type="submit">
                      Fjern<span class="sr-only"> rollen {grantText(g, props.organisations)}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Adgangsnøgler til API’et</h2>
      <ApiTokenTable
        tokens={props.apiTokens}
        now={props.now}
        caption="Brugerens adgangsnøgler"
        revokeAction={(id) => `${base}/noegler/${id}/tilbagekald${q}`}
      />

      {props.mayDeactivate ? (
        <>
          <h2>Deaktivér brugeren</h2>
          <p>
            Brugeren logges ud overalt med det samme, og alle brugerens adgangsnøgler, kalenderadresser og
            links til ny adgangskode holder op med at virke. Brugeren og historikken bevares.
          </p>
          <form method="post" action={`${base}/deaktiver${q}`}>
            <CsrfField />
            <button class="button button-secondary" type="submit">
              Deaktivér {props.user.name}
            </button>
          </form>
        </>
      ) : null}

      <h2 id="grant-heading">Tildel rolle</h2>
      <ErrorSummary state={props.form} />
      <form method="post" action={`${base}/roller${q}`} novalidate aria-labelledby="grant-heading">
        <CsrfField />
        <RoleFields state={props.form} organisations={props.organisations} />
        <button class="button button-primary" type="submit">
          Tildel rolle
        </button>
      </form>
    </Layout>
  );
}
