/**
 * Which bare lines of PDF text are headings. PDF text has no markup, so a heading is a line that
 * is exactly a known heading ("Sagsgang", "Baggrund", "Indstilling", "Bilag:" — Seed: Norddjurs
 * agenda item 22/8287), a decision heading ("Beslutning i … den dd-mm-yyyy", or another
 * municipality's "Beslutning Teknik- og Miljøudvalget den 11-08-2021"), or — only among section
 * text — a short capitalised line without closing punctuation that stands between two sentences.
 * It never takes a lower-case line, a list item or a sentence for a heading.
 */
import type { BodyAbbreviationTable } from '../../domain/political-case/body-abbreviations.ts';
import { collapseWhitespace } from '../../domain/political-case/case-text.ts';
import { parseDecisionHeading } from '../../domain/political-case/decision-heading.ts';
import { classifyHeading, type HeadingRole } from '../../domain/political-case/heading-roles.ts';

const STARTS_CAPITALISED = /^\p{Lu}/u;
const BODY_WORD =
  /(?:udvalg|udvalget|bestyrelse|bestyrelsen|råd|rådet|repræsentationen|direktionen|magistraten)$/iu;

function isDecisionHeadingLine(text: string, table: BodyAbbreviationTable): boolean {
  if (!text.startsWith('Beslutning')) return false;
  if (text === 'Beslutning' || text === 'Beslutning:') return true;
  const heading = parseDecisionHeading(text, table);
  if (!heading || text.length > 120) return false;
  if (heading.date !== null || heading.unreadableDate !== null) return true;
  const { abbreviation, name } = heading.body;
  return (name !== null && abbreviation !== null) || (name !== null && BODY_WORD.test(name));
}

/** The role of a line that is certainly a heading, or null. */
export function knownHeadingRole(line: string, table: BodyAbbreviationTable): HeadingRole | null {
  const text = collapseWhitespace(line);
  if (!STARTS_CAPITALISED.test(text) || text.length > 120) return null;
  const role = classifyHeading(text);
  if (role === 'decision') return isDecisionHeadingLine(text, table) ? 'decision' : null;
  if (role === 'unknownSection') return null;
  // "…konsekvenser" and other name families must still look like a heading, not a wrapped line.
  return looksLikeHeading(text) ? role : null;
}

/** Short, capitalised, no closing punctuation, not a list item. */
export function looksLikeHeading(text: string): boolean {
  return (
    STARTS_CAPITALISED.test(text) &&
    text.length <= 70 &&
    text.split(' ').length <= 8 &&
    !/[.,;!?]$/u.test(text) &&
    !/^[-•–*]\s|^\d{1,3}[.)]\s/u.test(text)
  );
}

/** Ends a sentence, so that a following line may begin something new. */
export function endsSentence(text: string): boolean {
  return /[.!?:]["”’)]?$/u.test(text);
}
