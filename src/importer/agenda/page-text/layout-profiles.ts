/**
 * Layout profiles as data: what each family of Danish agenda systems prints (SBSYS's agenda
 * preview, Acadre/FirstAgenda publications, eDagsorden, Netpublicator/Prism, plain municipal CMS
 * pages). A profile adds heading synonyms to the common lexicon and carries the markers it is
 * detected by; detection scores every profile on the page text and picks the best. A municipality
 * may pin a profile and add synonyms of its own (remembered corrections, AgendaParseOptions).
 * Patterns invented from the published shapes listed in issue 16; no real agenda text is copied.
 */

export type PageHeadingRole = 'route' | 'recommendation' | 'decision' | 'attachments' | 'knownSection';

export type LayoutProfileId = 'sbsys' | 'acadre' | 'edagsorden' | 'netpublicator' | 'cms';

export interface LayoutProfile {
  id: LayoutProfileId;
  /** Shown in the import report. */
  name: string;
  /** Case-insensitive regex sources; each hit adds its weight to the profile's score. */
  markers: readonly { source: string; weight: number }[];
  /** Heading names this family adds to COMMON_HEADINGS (lower case, no trailing colon) → role. */
  headings: Readonly<Record<string, PageHeadingRole>>;
}

/**
 * The base list of heading names (lower case, without trailing ":" or ","), read in every
 * family's text — including names first seen in one family (SBSYS "sagsgang og sagstype",
 * eDagsorden "forventet sagsgang"). A profile lists only the names read in its family alone.
 */
export const COMMON_HEADINGS: Readonly<Record<string, PageHeadingRole>> = {
  sagsgang: 'route',
  'sagsgang og sagstype': 'route',
  'sagstype og sagsgang': 'route',
  sagsforløb: 'route',
  'forventet sagsgang': 'route',
  'høring og sagsgang': 'route',
  'sagens gang': 'route',
  behandlingsforløb: 'route',
  'politisk behandling': 'route',
  indstilling: 'recommendation',
  indstillinger: 'recommendation',
  'indstilling om': 'recommendation',
  'forvaltningens indstilling': 'recommendation',
  'administrationens indstilling': 'recommendation',
  'direktionens indstilling': 'recommendation',
  'direktørens indstilling': 'recommendation',
  'forslag til beslutning': 'recommendation',
  'forslag til indstilling': 'recommendation',
  'hvad indstiller administrationen': 'recommendation',
  'hvad indstiller forvaltningen': 'recommendation',
  beslutning: 'decision',
  beslutninger: 'decision',
  beslutningsprotokol: 'decision',
  afgørelse: 'decision',
  bilag: 'attachments',
  bilagsfortegnelse: 'attachments',
  bilagsliste: 'attachments',
  'vedhæftede bilag': 'attachments',
  'bilag til punktet': 'attachments',
  'bilag til sagen': 'attachments',
  'alternativ indstilling': 'knownSection',
  sagsfremstilling: 'knownSection',
  'supplerende sagsfremstilling': 'knownSection',
  sagsbeskrivelse: 'knownSection',
  'sagens indhold': 'knownSection',
  'sagens baggrund': 'knownSection',
  'sagen kort': 'knownSection',
  'sagen i kort form': 'knownSection',
  resumé: 'knownSection',
  resume: 'knownSection',
  sagsresumé: 'knownSection',
  beslutningstema: 'knownSection',
  'hvad skal besluttes': 'knownSection',
  'hvad skal der besluttes': 'knownSection',
  problemstilling: 'knownSection',
  indledning: 'knownSection',
  formål: 'knownSection',
  baggrund: 'knownSection',
  sammenfatning: 'knownSection',
  beskrivelse: 'knownSection',
  vurdering: 'knownSection',
  høring: 'knownSection',
  høringssvar: 'knownSection',
  lovgrundlag: 'knownSection',
  retsgrundlag: 'knownSection',
  lovgivning: 'knownSection',
  beslutningskompetence: 'knownSection',
  kompetence: 'knownSection',
  økonomi: 'knownSection',
  finansiering: 'knownSection',
  'økonomi og finansiering': 'knownSection',
  kommunikation: 'knownSection',
  tidsplan: 'knownSection',
  'videre proces': 'knownSection',
  'det videre forløb': 'knownSection',
  historik: 'knownSection',
  'tidligere beslutninger': 'knownSection',
  'tidligere politisk behandling': 'knownSection',
  bemærkninger: 'knownSection',
  protokoltilførsel: 'knownSection',
  inddragelse: 'knownSection',
  proces: 'knownSection',
};

/** Families of section names: "… konsekvenser", "Sammenhæng til …", "Forvaltningens vurdering". */
export const SECTION_PATTERNS: readonly RegExp[] = [
  /konsekvenser$/u,
  /^sammenhæng\s/u,
  /\svurdering$/u,
  /^relation til\s/u,
  /^økonomiske\s/u,
  /^bevillings/u,
];

export const LAYOUT_PROFILES: readonly LayoutProfile[] = [
  {
    id: 'sbsys',
    name: 'SBSYS dagsordensvisning',
    markers: [
      { source: '^sagsid\\.?\\s*:', weight: 3 },
      { source: '^\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d+-\\d{2}', weight: 3 },
      { source: '^sagsgang og sagstype', weight: 2 },
      { source: '^dagsordenspunkt', weight: 1 },
    ],
    headings: { 'indstilling og beslutning': 'recommendation' },
  },
  {
    id: 'acadre',
    name: 'Acadre / FirstAgenda-publicering',
    markers: [
      { source: 'hent som fil', weight: 3 },
      { source: 'firstagenda', weight: 3 },
      { source: '^sagsnr\\.?\\s*:', weight: 1 },
      { source: '^mødedato\\s*:', weight: 1 },
      { source: '^resumé$', weight: 1 },
    ],
    headings: {},
  },
  {
    id: 'edagsorden',
    name: 'eDagsorden',
    markers: [
      { source: 'edagsorden', weight: 3 },
      { source: '^sags?nr\\.?\\s*:\\s*\\d{3}-\\d{4}-\\d+', weight: 3 },
      { source: '^forventet sagsgang', weight: 2 },
      { source: '^sagsforløb\\s*:', weight: 2 },
    ],
    headings: {},
  },
  {
    id: 'netpublicator',
    name: 'Netpublicator / Prism',
    markers: [
      { source: 'netpublicator', weight: 3 },
      { source: '^sag nr\\.?\\s*\\d+', weight: 2 },
      { source: '^punkt \\d+', weight: 2 },
      { source: '^beslutningsprotokol', weight: 2 },
      { source: '^j\\.\\s?nr\\.?', weight: 2 },
    ],
    headings: {},
  },
  {
    id: 'cms',
    name: 'Kommunal hjemmeside',
    markers: [
      { source: 'cookie', weight: 1 },
      { source: '^gå til (?:indhold|hovedindhold)', weight: 2 },
      { source: '^forside\\s*[>/›]', weight: 2 },
    ],
    headings: {},
  },
];

export interface ProfileChoice {
  profile: LayoutProfile | null;
  score: number;
  /** 'pinned': the municipality chose the profile; 'detected': the best score on the page's markers. */
  how: 'pinned' | 'detected';
  /** Detected: the index of the first line matching each marker that counted (in marker order). */
  hits: number[];
}

export function layoutProfileById(id: string): LayoutProfile | null {
  return LAYOUT_PROFILES.find((p) => p.id === id) ?? null;
}

/** Scores each profile on the text's lines; null when nothing matched. A pinned profile wins. */
export function detectLayoutProfile(
  lines: readonly string[],
  pinned?: LayoutProfileId | null,
): ProfileChoice {
  if (pinned) {
    const profile = layoutProfileById(pinned);
    if (profile) return { profile, score: Number.POSITIVE_INFINITY, how: 'pinned', hits: [] };
  }
  let best: ProfileChoice = { profile: null, score: 0, how: 'detected', hits: [] };
  for (const profile of LAYOUT_PROFILES) {
    const patterns = profile.markers.map((m) => ({ re: new RegExp(m.source, 'iu'), weight: m.weight }));
    let score = 0;
    const hits: number[] = [];
    for (const { re, weight } of patterns) {
      const at = lines.findIndex((line) => re.test(line));
      if (at < 0) continue;
      score += weight;
      hits.push(at);
    }
    if (score > best.score) best = { profile, score, how: 'detected', hits };
  }
  return best;
}
