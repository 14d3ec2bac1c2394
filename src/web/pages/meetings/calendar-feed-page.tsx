import { Layout } from '../../components/layout.tsx';

/** Shows a new calendar feed URL once; only its hash is kept. */
export function CalendarFeedPage(p: { url: string }) {
  return (
    <Layout title="Min kalender" path="/moeder">
      <h1>Din personlige kalenderadresse</h1>
      <p>
        Abonnér på adressen i dit kalenderprogram for at se dine møder. Adressen vises kun denne ene gang –
        del den ikke.
      </p>
      <p>
        <code>{p.url}</code>
      </p>
      <p>
        <a href="/moeder">Tilbage til møderne</a>
      </p>
    </Layout>
  );
}
