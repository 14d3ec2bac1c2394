/**
 * The built-in privacy notice (/privatliv): the information the controller owes the people whose
 * data Styringsdialog holds (databeskyttelsesforordningen art. 13 and 14), linked in the footer
 * while the municipality has not set the address of its own notice. The municipality (controller
 * and contact) comes from the frame's read model.
 */
import { useContext } from 'preact/hooks';
import { Layout } from '../../components/layout.tsx';
import { PageContext } from '../../components/page-context.ts';

export function PrivacyPage() {
  const m = useContext(PageContext).navigation?.municipality ?? null;
  const controller = m ? m.name : 'Den kommune, du er i dialog med';
  return (
    <Layout title="Privatlivspolitik" path="/privatliv">
      <h1>Privatlivspolitik for Styringsdialog</h1>
      <p class="font-lead">
        Her kan du læse, hvilke oplysninger om dig Styringsdialog indeholder, hvorfor, og hvilke rettigheder
        du har (databeskyttelsesforordningens artikel 13 og 14).
      </p>

      <h2>Dataansvarlig</h2>
      <p>
        {controller} er dataansvarlig for oplysningerne i Styringsdialog.
        {m
          ? ` Du kan kontakte kommunen via ${m.supervisingUnit}, som fører tilsyn med de almene boliger.`
          : ''}{' '}
        Kommunen har en databeskyttelsesrådgiver, som du kan kontakte om alt, der handler om kommunens
        behandling af dine oplysninger; kontaktoplysningerne står på kommunens hjemmeside.
      </p>

      <h2>Formål</h2>
      <p>
        Styringsdialog bruges til den styringsdialog, kommunen efter almenboligloven § 164 skal have med de
        almene boligorganisationer, og til kommunens tilsyn med dem: møder med dagsorden og referat, aftaler
        og opfølgning på dem, redegørelser og kommunalbestyrelsens styringsmodel, der fastlægger, hvordan
        dialogen foregår i kommunen.
      </p>

      <h2>Hvilke oplysninger</h2>
      <ul>
        <li>
          Om bestyrelsesmedlemmer, direktører og kontaktpersoner i boligorganisationerne og afdelingerne:
          navn, rolle og periode, e-mail og telefon.
        </li>
        <li>Om deltagere i møderne: navn, rolle, om de deltog, og hvad der er skrevet i referatet.</li>
        <li>
          Om brugere af løsningen: navn, e-mail, rolle, hvornår de sidst loggede ind, og en log over de
          ændringer, de har lavet (revisionsloggen).
        </li>
      </ul>
      <p>
        Løsningen indeholder ikke CPR-numre og ikke følsomme oplysninger. Oplysningerne kommer fra
        boligorganisationerne, fra kommunens egne registre og fra dem, der bruger løsningen.
      </p>

      <h2>Retsgrundlag</h2>
      <p>
        Behandlingen er nødvendig for at udføre en opgave, som kommunen har som offentlig myndighed
        (databeskyttelsesforordningens artikel 6, stk. 1, litra e), nemlig styringsdialogen og tilsynet efter
        almenboligloven § 164 og kommunalbestyrelsens styringsmodel.
      </p>

      <h2>Hvem ser oplysningerne</h2>
      <p>
        Kommunens medarbejdere ser det, deres rolle kræver. En boligorganisation ser kun sine egne
        oplysninger. Kommunalbestyrelsens medlemmer ser overblikket og de politiske møder. Redegørelser, der
        offentliggøres, er uden kontaktoplysninger. Oplysninger videregives ikke til andre, medmindre loven
        kræver det.
      </p>

      <h2>Hvor længe</h2>
      <p>
        Oplysningerne gemmes, så længe de er nødvendige for styringsdialogen og tilsynet, og i øvrigt efter
        arkivlovens regler for kommunale arkivalier. Ændringer logges, så det altid kan ses, hvem der har
        ændret hvad.
      </p>

      <h2>Cookies</h2>
      <p>
        Løsningen bruger kun de cookies, der er nødvendige for at logge ind og beskytte formularerne. Der er
        ingen statistik- eller markedsføringscookies.
      </p>

      <h2>Dine rettigheder</h2>
      <ul>
        <li>Du har ret til at få indsigt i de oplysninger, kommunen behandler om dig (artikel 15).</li>
        <li>Du har ret til at få forkerte oplysninger rettet (artikel 16).</li>
        <li>
          Du kan i visse tilfælde få oplysninger slettet eller behandlingen begrænset (artikel 17 og 18).
        </li>
        <li>Du kan gøre indsigelse mod behandlingen (artikel 21).</li>
      </ul>
      <p>
        Vil du bruge dine rettigheder, så kontakt {m ? m.name : 'kommunen'}. Du kan klage over kommunens
        behandling af dine oplysninger til Datatilsynet.
      </p>
    </Layout>
  );
}
