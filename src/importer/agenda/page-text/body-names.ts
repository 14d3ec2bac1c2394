/**
 * Does a piece of text name a political body? "Økonomiudvalget", "Teknik- og Miljøudvalget",
 * "Udvalget for Klima og Miljø", "Byrådet", "Kommunalbestyrelsen", "Borgerrepræsentationen", or a
 * name or abbreviation in the municipality's own table ("ØU", "BY"). Also finds such a name
 * inside a longer header line ("Referat fra mødet i Økonomiudvalget").
 */
import type { BodyAbbreviationTable } from '../../../domain/political-case/body-abbreviations.ts';
import { collapseWhitespace, lowerDanish } from '../../../domain/political-case/case-text.ts';

const BODY_END =
  '(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|borgerrepræsentation(?:en)?|regionsråd(?:et)?|magistrat(?:en)?|bestyrelse(?:n)?|råd(?:et)?|repræsentantskab(?:et)?|direktion(?:en)?|forum|underudvalg(?:et)?)';
const BODY_WORD = new RegExp(`${BODY_END}$`, 'iu');
/** A capitalised name ending in a body word, with "X-, Y- og Z…" prefixes; or "Udvalget for …". */
export const BODY_IN_TEXT = new RegExp(
  `(?:(?:\\p{Lu}[\\p{L}]*-,?\\s+(?:og\\s+)?)*\\p{Lu}[\\p{L}-]*?${BODY_END}(?:\\s+for\\s+\\p{Lu}[\\p{L}-]*(?:,?\\s+(?:og\\s+)?\\p{Lu}[\\p{L}-]*)*)?)(?![\\p{L}])`,
  'u',
);
const ABBREVIATION = /^[\p{Lu}][\p{Lu}\p{Nd}&-]{1,6}$/u;

function lower(text: string): string {
  return lowerDanish(collapseWhitespace(text));
}

/**
 * Each table's abbreviations and names in lookup form, made once per table object: the readers
 * ask for every capitalised line (a table is read-only data for the length of an import).
 */
const tableKeys = new WeakMap<BodyAbbreviationTable, ReadonlySet<string>>();

function keysOf(table: BodyAbbreviationTable): ReadonlySet<string> {
  let keys = tableKeys.get(table);
  if (keys === undefined) {
    keys = new Set(
      Object.entries(table).flatMap(([abbreviation, name]) => [lower(abbreviation), lower(name)]),
    );
    tableKeys.set(table, keys);
  }
  return keys;
}

export function tableKnows(text: string, table: BodyAbbreviationTable): boolean {
  return keysOf(table).has(lower(text));
}

/** The whole text is a body's name (or a known or plausible abbreviation). */
export function isBodyName(text: string, table: BodyAbbreviationTable, allowAbbreviation = true): boolean {
  const value = collapseWhitespace(text);
  if (value === '' || value.length > 90 || !/^\p{Lu}/u.test(value)) return false;
  if (tableKnows(value, table)) return true;
  if (allowAbbreviation && ABBREVIATION.test(value)) return true;
  if (value.split(' ').length > 9 || /[.!?;:]/u.test(value)) return false;
  const match = BODY_IN_TEXT.exec(value);
  return (
    match !== null &&
    match.index === 0 &&
    match[0].length === value.length &&
    BODY_WORD.test(value.replace(/\s+for\s.*$/u, ''))
  );
}

/** The first body named inside a longer line, or null. */
export function findBodyName(text: string, table: BodyAbbreviationTable): string | null {
  for (const name of Object.values(table)) {
    const at = lowerDanish(text).indexOf(lowerDanish(name));
    if (at >= 0 && name.length > 3) return text.slice(at, at + name.length);
  }
  const match = BODY_IN_TEXT.exec(text);
  if (!match) return null;
  const found = match[0].replace(/^(?:Referat|Dagsorden|Mødet|Møde|Fra|I)\s+/u, '');
  return /^(?:Udvalg|Udvalget|Rådet|Forum|Bestyrelsen)$/u.test(found) ? null : found;
}

/** "Økonomiudvalgets" → "Økonomiudvalget", "Byrådets" → "Byrådet". */
export function withoutGenitive(text: string): string {
  return collapseWhitespace(text).replace(/(?<=\p{L}{3})s$/u, '');
}
