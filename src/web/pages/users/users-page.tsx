/**
 * Brugere: the municipality's accounts with their roles, and a form to create one. A new user
 * gets an invitation link (written to the outbox) to choose a password.
 */
import type { GrantRecord, UserRecord } from '../../../app/auth/auth-store.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, type FormState, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDateTime } from '../audit/audit-labels.ts';
import { grantText, type OrganisationOption, RoleFields } from './user-forms.tsx';

export interface UsersPageProps {
  municipality: { code: string; name: string };
  users: { user: UserRecord; grants: GrantRecord[] }[];
  organisations: readonly OrganisationOption[];
  form: FormState;
}

export function UsersPage(props: UsersPageProps) {
  const q = `?kommune=${props.municipality.code}`;
  return (
    <Layout title="Brugere" path="/brugere" municipalityName={props.municipality.name}>
      <h1>Brugere</h1>
      <p>Brugere med adgang til Styringsdialog i {props.municipality.name} og deres roller.</p>
      <table class="table table--compact">
        <caption class="sr-only">Brugere og roller</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">E-mail</th>
            <th scope="col">Roller</th>
            <th scope="col">Seneste login</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map(({ user, grants }) => (
            <tr>
              <td>
                <a href={`/brugere/${encodeURIComponent(user.id)}${q}`}>{user.name}</a>
                {user.active ? null : ' (deaktiveret)'}
              </td>
              <td>{user.email}</td>
              <td>
                {grants.length === 0
                  ? 'Ingen'
                  : grants.map((g) => grantText(g, props.organisations)).join(', ')}
              </td>
              <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Aldrig'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="create-heading">Opret bruger</h2>
      <p>
        Brugeren får en e-mail med et link til at vælge sin adgangskode. Logger brugeren ind med kommunens
        login, bruges e-mailadressen til at finde brugeren.
      </p>
      <ErrorSummary state={props.form} />
      <form method="post" action={`/brugere${q}`} novalidate aria-labelledby="create-heading">
        <CsrfField />
        <TextField state={props.form} name="name" label="Navn" required width="input-width-l" />
        <TextField
          state={props.form}
          name="email"
          label="E-mail"
          type="email"
          required
          width="input-width-l"
        />
        <RoleFields state={props.form} organisations={props.organisations} />
        <button class="button button-primary" type="submit">
          Opret bruger
        </button>
      </form>
    </Layout>
  );
}
