/**
 * Line rules for Indstilling: who recommends ("Vej- og ejendomschefen indstiller, at …") and the
 * numbered points that follow ("1. den politiske deltagelse …").
 * Source: domain.md §4; Seed: Norddjurs agenda item 22/8287.
 * Unnumbered bullets ("- at …", used by other agenda systems) are points without a number;
 * the importer numbers them in order.
 */

const RECOMMENDED_BY = /^(\S.{0,149}?)\s+(?:indstiller|indstillede|anbefaler|foreslår)(?=[\s,:]|$)/u;

/** "Vej- og ejendomschefen indstiller, at …" → "Vej- og ejendomschefen"; null when nobody is named. */
export function parseRecommendedBy(intro: string): string | null {
  const match = RECOMMENDED_BY.exec(intro);
  return match?.[1] ?? null;
}

export interface PointLine {
  number: number | null;
  text: string;
}

const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/u;
const BULLET = /^[-•–*]\s+(.*)$/u;

/** "1. den politiske …" → { 1, "den politiske …" }; "- at …" → { null, "at …" }; else null. */
export function parsePointLine(line: string): PointLine | null {
  const numbered = NUMBERED.exec(line);
  if (numbered?.[1] !== undefined) return { number: Number(numbered[1]), text: numbered[2] ?? '' };
  const bullet = BULLET.exec(line);
  if (bullet) return { number: null, text: bullet[1] ?? '' };
  return null;
}
