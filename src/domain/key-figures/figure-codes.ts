/**
 * The key figure codes the product knows: what each means, its unit, and how an organisation's
 * figure follows from its departments'. Codes outside this list are kept as they were imported
 * (code and unit as written) and shown, but not charted or flagged. Format: docs/key-figures-csv.md.
 *
 * The figures themselves are the ones Landsbyggefonden publishes per organisation and department
 * (Landsbyggefonden, "Nøgletal for almene boliger"); the codes are our own.
 */

/** How the organisation's figure is derived from its departments' when it is not given itself. */
export type Aggregation = 'sum' | 'homesWeighted' | 'none';

export interface FigureDefinition {
  code: string;
  /** Danish label for pages, PDF and exports. */
  label: string;
  /** The unit as shown; the import accepts it and the `aliases`. */
  unit: string;
  aliases: readonly string[];
  integer: boolean;
  aggregation: Aggregation;
  /** Drawn as a trend in the briefing. */
  charted: boolean;
}

export const FIGURE_DEFINITIONS = [
  {
    code: 'boliger',
    label: 'Boliger',
    unit: 'antal',
    aliases: ['stk', 'boliger'],
    integer: true,
    aggregation: 'sum',
    charted: false,
  },
  {
    code: 'husleje_m2',
    label: 'Husleje pr. m² pr. år',
    unit: 'kr./m²/år',
    aliases: ['kr/m2/år', 'kr/m2', 'kr./m²', 'kr'],
    integer: false,
    aggregation: 'homesWeighted',
    charted: true,
  },
  {
    code: 'tomgang_pct',
    label: 'Tomgang',
    unit: '%',
    aliases: ['pct', 'procent'],
    integer: false,
    aggregation: 'homesWeighted',
    charted: true,
  },
  {
    code: 'tomgang_mdr',
    label: 'Tomgang i måneder',
    unit: 'måneder',
    aliases: ['mdr', 'md', 'måned'],
    integer: false,
    aggregation: 'homesWeighted',
    charted: false,
  },
  {
    code: 'fraflytning_pct',
    label: 'Fraflytning',
    unit: '%',
    aliases: ['pct', 'procent'],
    integer: false,
    aggregation: 'homesWeighted',
    charted: true,
  },
  {
    code: 'henlaeggelser_m2',
    label: 'Henlæggelser til planlagt vedligehold pr. m²',
    unit: 'kr./m²',
    aliases: ['kr/m2', 'kr'],
    integer: false,
    aggregation: 'homesWeighted',
    charted: true,
  },
  {
    code: 'effektivitetstal',
    label: 'Effektivitetstal',
    unit: '%',
    aliases: ['pct', 'procent'],
    integer: false,
    aggregation: 'homesWeighted',
    charted: true,
  },
  {
    code: 'klager',
    label: 'Klager fra beboere',
    unit: 'antal',
    aliases: ['stk'],
    integer: true,
    aggregation: 'sum',
    charted: false,
  },
  {
    code: 'lejerestancer_pct',
    label: 'Lejerestancer i procent af årets leje',
    unit: '%',
    aliases: ['pct', 'procent'],
    integer: false,
    aggregation: 'homesWeighted',
    charted: false,
  },
  {
    code: 'helhedsplan',
    label: 'Boligsocial helhedsplan',
    unit: 'ja/nej',
    aliases: ['1/0'],
    integer: true,
    aggregation: 'none',
    charted: false,
  },
  {
    code: 'renovering_mio',
    label: 'Renovering i gang eller besluttet',
    unit: 'mio. kr.',
    aliases: ['mio kr', 'mio'],
    integer: false,
    aggregation: 'sum',
    charted: false,
  },
  {
    code: 'nybyggeri_boliger',
    label: 'Nye boliger under planlægning eller opførelse',
    unit: 'antal',
    aliases: ['stk', 'boliger'],
    integer: true,
    aggregation: 'sum',
    charted: false,
  },
] as const satisfies readonly FigureDefinition[];

export type KnownFigureCode = (typeof FIGURE_DEFINITIONS)[number]['code'];

const BY_CODE: ReadonlyMap<string, FigureDefinition> = new Map(FIGURE_DEFINITIONS.map((d) => [d.code, d]));

export function figureDefinition(code: string): FigureDefinition | null {
  return BY_CODE.get(code) ?? null;
}

export const FIGURE_CODES: readonly string[] = FIGURE_DEFINITIONS.map((d) => d.code);

/** A code as written in a file: trimmed and lower case; Danish letters kept. */
export function normaliseFigureCode(text: string): string {
  return text.trim().toLocaleLowerCase('da').replace(/\s+/g, '_');
}

const squash = (unit: string) => unit.trim().toLocaleLowerCase('da').replace(/²/g, '2').replace(/[\s.]/g, '');

/** Whether `unit` (as written) names the definition's unit; blank means "the usual one". */
export function unitMatches(definition: FigureDefinition, unit: string): boolean {
  if (unit.trim() === '') return true;
  return [definition.unit, ...definition.aliases].some((u) => squash(u) === squash(unit));
}

export function figureLabel(code: string): string {
  return figureDefinition(code)?.label ?? code;
}
