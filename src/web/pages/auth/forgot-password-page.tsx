/** Glemt adgangskode: ask for a one-time link. The answer never says whether the address exists. */
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, type FormState } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { InputField, Notice } from './input-field.tsx';

export function ForgotPasswordPage(props: { state: FormState; sent: boolean }) {
  return (
    <Layout title="Glemt adgangskode" path="/glemt-adgangskode">
      <h1>Glemt adgangskode</h1>
      {props.sent ? (
        <Notice
          kind="success"
          heading="Tjek din e-mail"
          text="Hvis der findes en bruger med e-mailadressen, får brugeren en e-mail med et link til at vælge en ny adgangskode. Linket virker i en time."
        />
      ) : (
        <>
          <p>Skriv den e-mailadresse, du logger ind med. Du får et link til at vælge en ny adgangskode.</p>
          <ErrorSummary state={props.state} />
          <form method="post" action="/glemt-adgangskode" novalidate>
            <CsrfField />
            <InputField state={props.state} name="email" label="E-mail" type="email" autocomplete="email" />
            <button class="button button-primary" type="submit">
              Send link
            </button>
          </form>
        </>
      )}
      <p>
        <a href="/log-ind">Tilbage til log ind</a>
      </p>
    </Layout>
  );
}
