/**
 * What a heading of an agenda item stands for. Section names vary between municipalities and
 * agenda systems (domain.md §4), so the known names are a list of examples, not a closed set:
 * a heading not on it is still kept as a section, only reported as unknown.
 * Seed: Norddjurs agenda item 22/8287 (Sagsgang, Sagsfremstilling, Baggrund, Sammenhæng til andre
 * politikker/strategier og fagområder, Økonomiske konsekvenser, Indstilling, Beslutning i …, Bilag).
 */
import { collapseWhitespace, lowerDanish } from './case-text.ts';
import { isDecisionHeading } from './decision-heading.ts';

export type HeadingRole =
  | 'route'
  | 'recommendation'
  | 'decision'
  | 'attachments'
  | 'knownSection'
  | 'unknownSection';

// Seed: Norddjurs 22/8287, plus names seen in other municipalities' agendas (domain.md §4, [practice]).
const KNOWN_SECTIONS = new Set(
  [
    'Sagsfremstilling',
    'Sagsbeskrivelse',
    'Sagens indhold',
    'Sagens baggrund',
    'Sagen kort',
    'Baggrund',
    'Resumé',
    'Resume',
    'Sammenfatning',
    'Beskrivelse',
    'Vurdering',
    'Høring',
    'Høringssvar',
    'Lovgrundlag',
    'Retsgrundlag',
    'Lovgivning',
    'Beslutningskompetence',
    'Kompetence',
    'Økonomi',
    'Finansiering',
    'Økonomi og finansiering',
    'Kommunikation',
    'Tidsplan',
    'Videre proces',
    'Det videre forløb',
    'Historik',
    'Tidligere beslutninger',
    'Bemærkninger',
    'Sagen i kort form',
  ].map((name) => lowerDanish(name)),
);

// Families of names: "… konsekvenser", "Sammenhæng til …", "Forvaltningens vurdering".
const KNOWN_SECTION_PATTERNS = [/konsekvenser$/u, /^sammenhæng\s/u, /\svurdering$/u, /^relation til\s/u];

/** "**Bilag:**" and "Bilag" alike: trailing colon and surrounding whitespace do not count. */
export function headingText(text: string): string {
  return collapseWhitespace(text).replace(/\s*:$/u, '');
}

export function classifyHeading(text: string): HeadingRole {
  const heading = headingText(text);
  const lower = lowerDanish(heading);
  if (/^sagsgang$/u.test(lower)) return 'route';
  if (/^(?:\p{L}+s\s+)?indstilling(?:er)?$/u.test(lower) || /^indstilling\s+(?:fra|til)\s/u.test(lower)) {
    return 'recommendation';
  }
  if (isDecisionHeading(heading)) return 'decision';
  if (/^bilag(?:sfortegnelse|\s+til\s+(?:punktet|sagen))?$/u.test(lower)) return 'attachments';
  if (KNOWN_SECTIONS.has(lower) || KNOWN_SECTION_PATTERNS.some((p) => p.test(lower))) return 'knownSection';
  return 'unknownSection';
}
