/**
 * Log ind: e-mail and password, and — when the municipality's OpenID Connect login is
 * configured — a button for that first. Works without JavaScript.
 */
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, type FormState } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { InputField, Notice } from './input-field.tsx';

export interface LoginPageProps {
  state: FormState;
  /** Where to go after login (a local path). */
  next: string;
  /** A refusal that concerns the whole form (wrong password, lock, no OIDC account). */
  failure: { title: string; detail: string } | null;
  notice: 'loggedOut' | 'passwordChanged' | null;
  oidcEnabled: boolean;
  loggedInAs: string | null;
}

export function LoginPage(props: LoginPageProps) {
  const nextQuery = props.next === '/' ? '' : `?naeste=${encodeURIComponent(props.next)}`;
  return (
    <Layout title="Log ind" path="/log-ind">
      <h1>Log ind</h1>
      {props.notice === 'loggedOut' ? <Notice kind="success" heading="Du er logget ud" /> : null}
      {props.notice === 'passwordChanged' ? (
        <Notice kind="success" heading="Din adgangskode er skiftet" text="Log ind med din nye adgangskode." />
      ) : null}
      {props.loggedInAs ? (
        <Notice kind="info" heading={`Du er allerede logget ind som ${props.loggedInAs}`} />
      ) : null}
      {props.failure ? (
        <Notice kind="error" heading={props.failure.title} text={props.failure.detail} />
      ) : null}
      <ErrorSummary state={props.state} />
      {props.oidcEnabled ? (
        <section aria-labelledby="oidc-heading">
          <h2 id="oidc-heading" class="h3">
            Medarbejdere i kommunen
          </h2>
          <p>
            <a class="button button-primary" href={`/log-ind/oidc${nextQuery}`}>
              Log ind med kommunens login
            </a>
          </p>
          <h2 class="h3">Log ind med e-mail og adgangskode</h2>
        </section>
      ) : null}
      <form method="post" action="/log-ind" novalidate>
        <CsrfField />
        <input type="hidden" name="naeste" value={props.next} />
        <InputField state={props.state} name="email" label="E-mail" type="email" autocomplete="username" />
        <InputField
          state={props.state}
          name="password"
          label="Adgangskode"
          type="password"
          autocomplete="current-password"
        />
        <button class="button button-primary" type="submit">
          Log ind
        </button>
      </form>
      <p>
        <a href="/glemt-adgangskode">Glemt din adgangskode?</a>
      </p>
    </Layout>
  );
}
