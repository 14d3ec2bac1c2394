/**
 * The built-in accessibility statement (/tilgaengelighed), linked in the footer while the
 * municipality has not set the address of its own statement made with Digitaliseringsstyrelsen's
 * WAS-Tool (lov nr. 692 af 8. juni 2018 om tilgængelighed af offentlige organers websteder og
 * mobilapplikationer). It says what the solution does for accessibility, what is known not to
 * be accessible and where to turn. The municipality comes from the frame's read model.
 */
import { useContext } from 'preact/hooks';
import { Layout } from '../../components/layout.tsx';
import { PageContext } from '../../components/page-context.ts';

export function AccessibilityPage() {
  const m = useContext(PageContext).navigation?.municipality ?? null;
  const who = m ? m.name : 'Kommunen';
  return (
    <Layout title="Tilgængelighedserklæring" path="/tilgaengelighed">
      <h1>Tilgængelighedserklæring for Styringsdialog</h1>
      <p class="font-lead">
        {who} ønsker, at alle kan bruge Styringsdialog – også med skærmlæser, forstørrelse, tastatur alene
        eller på en telefon. Løsningen skal leve op til WCAG 2.1 niveau AA, som lov om tilgængelighed af
        offentlige organers websteder og mobilapplikationer (webtilgængelighedsloven) kræver.
      </p>

      <h2>Om denne erklæring</h2>
      <p>
        Offentlige myndigheder skal offentliggøre en tilgængelighedserklæring, der er udarbejdet i
        Digitaliseringsstyrelsens værktøj WAS-Tool. Denne side er løsningens egen beskrivelse af sin
        tilgængelighed. Når kommunen har lagt sin erklæring fra WAS-Tool på sin hjemmeside, linker sidefoden
        på alle sider direkte til den.
      </p>

      <h2>Sådan er løsningen lavet tilgængelig</h2>
      <ul>
        <li>Siderne er bygget med Det Fælles Designsystem (DKFDS), som er lavet til offentlige løsninger.</li>
        <li>
          På små skærme og ved forstørrelse samles menuen bag knappen «Menu». Alle sider virker også uden
          JavaScript; så står menuen under sidehovedet.
        </li>
        <li>
          Siderne kan bruges i 390 pixels bredde og ved 200 % forstørrelse uden at skulle rulle sidelæns.
          Brede tabeller ruller inden i deres egen ramme.
        </li>
        <li>Alle funktioner kan bruges med tastatur. Linket «Gå til sidens indhold» springer menuen over.</li>
        <li>
          Formularer viser fejl ved det felt, fejlen gælder, og en oversigt øverst med links til felterne.
        </li>
        <li>
          Siderne testes automatisk i en rigtig browser med værktøjet axe, ved hver ændring af løsningen.
        </li>
        <li>De offentliggjorte redegørelser kan hentes som PDF med struktur (tagget PDF).</li>
      </ul>

      <h2>Det ved vi ikke er tilgængeligt</h2>
      <ul>
        <li>
          Dokumenter, der hentes ind fra andre systemer – fx dagsordenspunkter som PDF – er lige så
          tilgængelige, som de var, da de blev lavet. Teksten fra dem vises dog også som almindelig tekst på
          siderne.
        </li>
        <li>Udtræk som CSV-filer er regneark uden formatering og er beregnet til videre behandling.</li>
        <li>
          API-dokumentationen er beregnet til udviklere og er ikke testet efter samme standard som resten af
          løsningen.
        </li>
      </ul>

      <h2>Oplever du problemer?</h2>
      <p>
        Kan du ikke bruge en del af løsningen, så kontakt{' '}
        {m ? (
          <>
            {m.name}, {m.supervisingUnit},
          </>
        ) : (
          'den kommune, du er i dialog med,'
        )}{' '}
        og fortæl, hvilken side og hvad der gik galt. Du får oplysningerne i en form, du kan bruge.
      </p>
      <p>
        Er du ikke tilfreds med svaret, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med
        offentlige myndigheders webtilgængelighed.
      </p>
    </Layout>
  );
}
