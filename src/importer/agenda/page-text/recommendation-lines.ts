/**
 * Indstilling lines as pages print them, turned into the forms finish-recommendation.ts reads:
 * "1." and "1)" stay numbered, "(1)" and "a)"/"b." become numbered in order, "•"/"-" bullets stay
 * bullets, and unnumbered "at …" clauses each on their own line become bullets. A wrapped line
 * (no marker, after a line that does not end a clause) continues the previous point.
 */

const PAREN_NUMBER = /^\((\d{1,2})\)\s+(.*)$/u;
const NUMBER_SPACE = /^(\d{1,2})\s?\)\s*(.*)$/u;
const LETTER = /^\(?([a-hA-H])[.)]\s+(.*)$/u;
const AT_CLAUSE = /^at\s+\S/u;

/** Rewrites one recommendation's lines. `lines[i]` is a line's text; returns the new texts. */
export function normaliseRecommendationLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let letters = 0;
  let previous = '';
  for (const text of lines) {
    let line = text;
    const paren = PAREN_NUMBER.exec(line);
    const spaced = NUMBER_SPACE.exec(line);
    const letter = LETTER.exec(line);
    if (paren) line = `${paren[1]}. ${paren[2] ?? ''}`;
    else if (spaced && !/^\d{1,2}[.)]\s/u.test(line)) line = `${spaced[1]}. ${spaced[2] ?? ''}`;
    else if (letter && (letters > 0 || letter[1]?.toLowerCase() === 'a')) {
      letters++;
      line = `${letters}. ${letter[2] ?? ''}`;
    } else if (
      AT_CLAUSE.test(line) &&
      (previous === '' ||
        /(?:[,;:.]|\bog|\bsamt|\bat|indstiller|anbefaler)$/u.test(previous) ||
        previous.startsWith('- at '))
    ) {
      line = `- ${line}`;
    }
    out.push(line);
    previous = line;
  }
  return out;
}

const INLINE = /^(.*?\bindstiller\b[^.]*?,?\s+at)\s+(\S.*?)\.?$/u;

/**
 * A recommendation written as one sentence without points ("Forvaltningen indstiller, at
 * orienteringen tages til efterretning."): the lead-in up to "at", and the clause as its one
 * point (final full stop dropped, as the lead-in's sentence ends there). Null when the sentence
 * leads in to points that are missing ("…, at udvalget anbefaler,") or holds several sentences.
 */
export function inlineRecommendation(text: string): { intro: string; point: string } | null {
  const match = INLINE.exec(text.trim());
  const intro = match?.[1];
  const point = match?.[2]?.trim();
  if (!intro || !point) return null;
  if (/[,:;]$|\b(?:anbefaler|at|og)$/u.test(point) || point.split(' ').length < 2 || /[.!?]\s/u.test(point))
    return null;
  return { intro, point };
}
