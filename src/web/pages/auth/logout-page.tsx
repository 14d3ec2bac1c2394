/** Log ud: a confirmation with a button, because logging out changes state (POST + CSRF). */
import { CsrfField } from '../../components/csrf-field.tsx';
import { Layout } from '../../components/layout.tsx';

export function LogoutPage(props: { userName: string }) {
  return (
    <Layout title="Log ud" path="/log-ud" userName={props.userName}>
      <h1>Log ud</h1>
      <p>Du er logget ind som {props.userName}.</p>
      <form method="post" action="/log-ud">
        <CsrfField />
        <button class="button button-primary" type="submit">
          Log ud
        </button>
      </form>
    </Layout>
  );
}
