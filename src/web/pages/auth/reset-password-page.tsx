/** Vælg ny adgangskode: from a one-time link (password reset or the invitation of a new user). */
import { PASSWORD_MIN_LENGTH } from '../../../domain/auth/password-policy.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, type FormState } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { InputField } from './input-field.tsx';

export function ResetPasswordPage(props: { state: FormState; token: string }) {
  const linkError = props.state.errors.find((e) => e.field === 'token');
  return (
    <Layout title="Vælg ny adgangskode" path="/nulstil-adgangskode">
      <h1>Vælg ny adgangskode</h1>
      <ErrorSummary
        state={{ ...props.state, errors: props.state.errors.filter((e) => e.field !== 'token') }}
      />
      {linkError ? (
        <div class="alert alert-error" role="alert">
          <div class="alert-body">
            <p class="alert-heading">Linket virker ikke</p>
            <p class="alert-text">
              {linkError.message} <a href="/glemt-adgangskode">Bestil et nyt link</a>.
            </p>
          </div>
        </div>
      ) : null}
      <form method="post" action="/nulstil-adgangskode" novalidate>
        <CsrfField />
        <input type="hidden" name="token" value={props.token} />
        <InputField
          state={props.state}
          name="password"
          label="Ny adgangskode"
          type="password"
          autocomplete="new-password"
          hint={`Mindst ${PASSWORD_MIN_LENGTH} tegn. Brug gerne en sætning af flere ord. Undgå dit navn og almindelige ord.`}
        />
        <InputField
          state={props.state}
          name="passwordRepeat"
          label="Gentag adgangskoden"
          type="password"
          autocomplete="new-password"
        />
        <button class="button button-primary" type="submit">
          Gem adgangskode
        </button>
      </form>
    </Layout>
  );
}
