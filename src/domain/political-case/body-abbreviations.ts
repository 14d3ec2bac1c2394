/**
 * Political bodies by abbreviation, per municipality. The table is data passed in by the caller
 * (a municipality's `bodyAbbreviations`), never hard-coded into a parser: each municipality names
 * its committees differently (domain.md §4, §5: "a model is data, never code").
 *
 * It resolves one body reference as written in a route ("MTU"), a decision heading
 * ("Økonomiudvalget") or both ("Økonomiudvalget (ØK)"), and formats it back. It does not guess:
 * a name the table does not know keeps a null abbreviation, and vice versa.
 */
import { collapseWhitespace, lowerDanish } from './case-text.ts';
import type { BodyRef } from './types.ts';

/** Abbreviation → full name, e.g. { MTU: 'Miljø- og teknikudvalget' }. */
export type BodyAbbreviationTable = Readonly<Record<string, string>>;

// Seed: Norddjurs agenda item 22/8287; domain.md §4.
export const NORDDJURS_BODY_ABBREVIATIONS: BodyAbbreviationTable = Object.freeze({
  MTU: 'Miljø- og teknikudvalget',
  ØK: 'Økonomiudvalget',
  KB: 'Kommunalbestyrelsen',
});

const EMPTY_TABLE: BodyAbbreviationTable = Object.freeze({});

/** "ØK", "MTU", "KB", "BUU": short, no spaces, at least two capitals. */
const LOOKS_LIKE_ABBREVIATION = /^[\p{Lu}][\p{Lu}\p{Nd}&-]{1,7}$/u;

function sameName(a: string, b: string): boolean {
  return lowerDanish(collapseWhitespace(a)) === lowerDanish(collapseWhitespace(b));
}

function abbreviationOf(name: string, table: BodyAbbreviationTable): string | null {
  for (const [abbreviation, full] of Object.entries(table)) if (sameName(full, name)) return abbreviation;
  return null;
}

function tableAbbreviation(token: string, table: BodyAbbreviationTable): string | null {
  for (const abbreviation of Object.keys(table)) if (sameName(abbreviation, token)) return abbreviation;
  return null;
}

/**
 * One body as written: "MTU" → { MTU, Miljø- og teknikudvalget }; "Økonomiudvalget" → { ØK, … };
 * "Byrådet" (not in the table) → { null, 'Byrådet' }; "Økonomiudvalget (ØK)" → both as written.
 * Returns null for an empty token.
 */
export function resolveBody(token: string, table: BodyAbbreviationTable = EMPTY_TABLE): BodyRef | null {
  const text = collapseWhitespace(token);
  if (text === '') return null;
  const both = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (both?.[1] && both[2] && LOOKS_LIKE_ABBREVIATION.test(both[2].trim())) {
    return { abbreviation: both[2].trim(), name: both[1] };
  }
  const known = tableAbbreviation(text, table);
  if (known !== null) return { abbreviation: known, name: table[known] ?? null };
  const byName = abbreviationOf(text, table);
  if (byName !== null) return { abbreviation: byName, name: text };
  if (LOOKS_LIKE_ABBREVIATION.test(text)) return { abbreviation: text, name: null };
  return { abbreviation: null, name: text };
}

/**
 * Sagsgang: "MTU, ØK, KB" → three bodies in order. Also accepts one body per line and the arrows
 * some agenda systems print ("FU → ØU → BR"). Hyphens inside names ("Miljø- og teknikudvalget")
 * are not separators.
 */
export function parseRoute(text: string, table: BodyAbbreviationTable = EMPTY_TABLE): BodyRef[] {
  const bodies: BodyRef[] = [];
  for (const token of text.split(/\s*(?:[,;\n→>]|\s[-–]\s)\s*/)) {
    const body = resolveBody(token, table);
    if (body) bodies.push(body);
  }
  return bodies;
}

/**
 * Writes a body the way `resolveBody` reads it back: the abbreviation alone when the table gives
 * the same name, "Name (ABBR)" when the table cannot restore one part, otherwise whichever is known.
 */
export function formatBody(body: BodyRef, table: BodyAbbreviationTable = EMPTY_TABLE): string {
  const { abbreviation, name } = body;
  if (abbreviation !== null && name !== null) {
    const tableName = table[abbreviation];
    if (tableName !== undefined && sameName(tableName, name)) return tableName === name ? abbreviation : name;
    return `${name} (${abbreviation})`;
  }
  return abbreviation ?? name ?? '';
}

/** The route as the seed writes it: "MTU, ØK, KB". */
export function formatRoute(route: readonly BodyRef[], table: BodyAbbreviationTable = EMPTY_TABLE): string {
  return route.map((body) => formatBody(body, table)).join(', ');
}
