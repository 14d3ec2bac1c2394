import { Layout } from '../../components/layout.tsx';

/** Shows a new calendar feed URL once; only its hash is kept. */
export function CalendarFeedPage(p: { url: string }) {
  return (
    <Layout title="Min kalender" path="/moeder">
      <h1>Din personlige kalenderadresse</h1>
      <p>
        Abonnér på adressen i dit kalenderprogram for at se dine møder. Adressen vises kun denne ene gang –
        del den ikke. Havde du en adresse i forvejen, virker den ikke længere.
      </p>
      <p>
        <code>{p.url}</code>
      </p>
      <p>
        Du kan lukke adressen eller lave en ny under <a href="/min-profil">Mine adgange</a>.
      </p>
      <p>
        <a href="/moeder">Tilbage til møderne</a>
      </p>
    </Layout>
  );
}
