/**
 * The one canonical form of case text, shared by every import format and by the Markdown export,
 * so that the same agenda item read from a web page or from a PDF compares equal
 * (domain.md §4; Seed: Norddjurs agenda item 22/8287, web page vs. PDF text).
 *
 * - whitespace inside a line collapses to one space (PDF text has trailing and doubled spaces);
 * - hard-wrapped lines of a paragraph join with a space (PDF text breaks lines at the margin);
 * - a line that starts a list item keeps its own line, joined with "\n";
 * - paragraphs are separated by "\n\n".
 * It does not interpret Markdown; the Markdown reader removes markup before calling this.
 */

/**
 * Text that collapseWhitespace would change: a zero-width space, white space other than " ", two
 * spaces in a row, or a space at either end. Most lines have none, and a test is cheaper than
 * rebuilding the string (the PDF reader collapses every line several times).
 */
export const NEEDS_COLLAPSE = /[\u200B-\u200D\uFEFF]|[^\S ]| {2}|^ | $/;

/**
 * NEEDS_COLLAPSE by hand: one look at each character, printable ASCII passed at once (a regex of
 * five alternatives tried at every position was the readers' dearest single test, issue 18).
 * Beyond ASCII, white space as JavaScript's `\s` has it, and the zero-width characters.
 */
export function needsCollapse(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return true;
      continue;
    }
    if (c < 32) {
      if (c >= 9 && c <= 13) return true;
      continue;
    }
    if (
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200d) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    )
      return true;
  }
  return false;
}

/** Collapses every run of whitespace (incl. no-break and zero-width spaces) and trims. */
export function collapseWhitespace(text: string): string {
  if (!needsCollapse(text)) return text;
  return text
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Danish lower case, as `toLocaleLowerCase('da')` gives it: Unicode's default lower-casing, since
 * Danish has no special casing rules (only Turkish, Azeri and Lithuanian do). The plain
 * `toLowerCase()` gives the same string several times faster — the agenda readers lower-case every
 * line many times. case-text.test.ts pins the two to each other on random text.
 */
export function lowerDanish(text: string): string {
  return text.toLowerCase();
}

/** "- ", "• ", "– ", "* ", "1. ", "1) ": the start of a list item. */
const LIST_ITEM = /^(?:[-•–*]\s|\d{1,3}[.)]\s)/;

export function startsListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** Joins the lines of one paragraph: wrapped lines with a space, list items on their own line. */
export function joinParagraphLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = collapseWhitespace(raw);
    if (line === '') continue;
    if (out === '') out = line;
    else out += startsListItem(line) ? `\n${line}` : ` ${line}`;
  }
  return out;
}

/** Joins paragraphs (each already canonical) with a blank line, skipping empty ones. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.filter((p) => p !== '').join('\n\n');
}

/** "Tiltrådt." → "Tiltrådt"; keeps "…" and other endings. */
export function stripFinalFullStop(text: string): string {
  return text.replace(/(?<!\.)\.\s*$/, '').trim();
}

/** For comparing the same text from two sources: all whitespace, incl. paragraph breaks, as one space. */
export function normaliseForComparison(text: string): string {
  return collapseWhitespace(text);
}
