/**
 * The demo's political case: the decision behind Norddjurs' 2022 governance model (domain.md §5,
 * sag 22/8287 — MTU 10-10-2022, ØK 08-11-2022 with one apology, KB 15-11-2022). Written here by
 * hand in the layout of the municipality's agenda web page, in our own shortened words (the
 * published item is not copied into the project), and read through the real Markdown importer so
 * the demo shows what an import gives. The absent member is invented, like all demo people.
 */

import type { AgendaImportResult } from '../../importer/agenda/import-report.ts';
import { parseAgendaMarkdown } from '../../importer/agenda/parse-agenda-markdown.ts';

export const DEMO_POLITICAL_CASE_ID = 'pc-demo-22-8287';
export const DEMO_POLITICAL_CASE_FILE = 'demo-sag-22-8287.md';

const DEMO_MARKDOWN = `## Ændret praksis for afholdelse af dialogforum

22/8287 Åben sag

### Sagsgang

MTU, ØK, KB

### Sagsfremstilling

Kommunalbestyrelsen vedtog i december 2011 en model for styringsdialogen med de almene boligorganisationer.

Forvaltningen foreslår at justere modellen: den politiske deltagelse bliver et temamøde én gang i valgperioden, og de årlige lovpligtige styringsdialogmøder kan suppleres med relevante embedsmænd, når parterne har behov for det.

### Baggrund

Lov nr. 490 af 12. juni 2009 indførte mål- og aftalestyring i den almene sektor fra 1. januar 2010.

Modellen fra 2011 bestod af årlige styringsdialogmøder, en administrativ koordinationsgruppe og et årligt dialogforum med politisk deltagelse. Boligorganisationerne har fundet de enkelte styringsdialogmøder mest udbytterige, mens dialogforum krævede megen planlægning. Politikerne har efterspurgt mere viden om, hvordan boligorganisationerne arbejder.

### Økonomiske konsekvenser

Ingen økonomiske konsekvenser.

### Indstilling

Forvaltningen indstiller, at modellen for styringsdialogen fremover fastlægges således, at

1. den politiske deltagelse med den almene boligsektor vil bestå af et temamøde for kommunalbestyrelsesmedlemmerne en gang indenfor valgperioden
2. de lovpligtige årlige styringsdialogmøder kan suppleres med deltagelse af relevante embedsmænd efter parternes behov.

### **Beslutning i Miljø- og teknikudvalget den 10-10-2022**

Ad. 1. Tiltrådt.

Ad. 2. Tiltrådt.

**Beslutning i Økonomiudvalget den 08-11-2022**

Ad. 1-2 Tiltrådt.

Afbud:

Jonna Vestergård (Løsgænger)

**Beslutning i Kommunalbestyrelsen den 15-11-2022**

Godkendt.

**Bilag:**
`;

/** The demo case read with the municipality's abbreviations, with its import report. */
export function demoPoliticalCase(bodyAbbreviations: Readonly<Record<string, string>>): AgendaImportResult {
  return parseAgendaMarkdown(DEMO_MARKDOWN, { bodyAbbreviations });
}
