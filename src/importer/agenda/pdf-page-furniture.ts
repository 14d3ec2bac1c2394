/**
 * Finds page furniture in PDF text — headers, footers and page numbers that the PDF prints on
 * every page and that cut through the agenda text (domain.md §4: the seed's line
 * "Kommunalbestyrelsen 15-11-2022" is a page footer, not content). Three rules:
 *
 * 1. page numbers standing alone: "Side 2 af 3", "Side 2", "2 af 3", "- 2 -", "2";
 * 2. a body and a meeting date standing alone: "<Body> dd-mm-yyyy" (Seed: Norddjurs agenda item
 *    22/8287), recognised by a body word ("…udvalget", "…bestyrelsen", "Byrådet", …) or the
 *    municipality's abbreviation table — never a "Beslutning i … den …" heading;
 * 3. with page marks: a line at the top or bottom of at least two pages (of every page when
 *    there are only two), digits ignored so "Side 1"/"Side 2" count as the same line.
 * It only marks lines; it does not remove them or rebuild paragraphs.
 */
import type { BodyAbbreviationTable } from '../../domain/political-case/body-abbreviations.ts';
import { collapseWhitespace, lowerDanish } from '../../domain/political-case/case-text.ts';
import { DANISH_DATE_SOURCE } from '../../domain/political-case/danish-date.ts';
import { isBlank, type PdfTextLine } from './pdf-text-lines.ts';

const PAGE_NUMBER =
  /^(?:(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?|\d{1,4}\s+(?:af|of)\s+\d{1,4}|[-–]?\s*\d{1,4}\s*[-–]?)$/iu;
const BODY_AND_DATE = new RegExp(
  `^(?:(?:dagsorden|referat|beslutningsprotokol)\\s*(?:[-–:]|for)?\\s*)?(.{2,80}?)[\\s,–-]+(?:den\\s+)?${DANISH_DATE_SOURCE}$`,
  'iu',
);
const BODY_WORD =
  /(?:udvalg|udvalget|bestyrelse|bestyrelsen|råd|rådet|repræsentation|repræsentationen|direktion|direktionen|magistrat|magistraten|forum|kommune)$/iu;
/** How many non-blank lines at each end of a page may be a header or footer. */
const EDGE = 3;

function isBodyAndDate(text: string, table: BodyAbbreviationTable): boolean {
  if (!/\d{4}$/u.test(text) || /^beslutning/iu.test(text)) return false;
  const match = BODY_AND_DATE.exec(text);
  const body = match?.[1]?.replace(/[\s,–-]+$/u, '').trim();
  if (!body || body.split(' ').length > 6) return false;
  if (BODY_WORD.test(body)) return true;
  const lower = lowerDanish(body);
  return Object.entries(table).some(
    ([abbreviation, name]) => lowerDanish(abbreviation) === lower || lowerDanish(name) === lower,
  );
}

/** Digits folded so repeated headers with page numbers compare equal. */
function repeatKey(text: string): string {
  return lowerDanish(collapseWhitespace(text).replace(/\d+/gu, '#'));
}

function repeatedAtPageEdges(lines: readonly PdfTextLine[]): Set<string> {
  const pages = new Map<number, PdfTextLine[]>();
  for (const line of lines) {
    if (isBlank(line)) continue;
    const list = pages.get(line.page) ?? [];
    list.push(line);
    pages.set(line.page, list);
  }
  const repeated = new Set<string>();
  if (pages.size < 2) return repeated;
  const pagesWithKey = new Map<string, Set<number>>();
  for (const [page, pageLines] of pages) {
    const edges = [...pageLines.slice(0, EDGE), ...pageLines.slice(-EDGE)];
    for (const line of edges) {
      const key = repeatKey(line.text);
      const seen = pagesWithKey.get(key) ?? new Set<number>();
      seen.add(page);
      pagesWithKey.set(key, seen);
    }
  }
  const needed = pages.size === 2 ? 2 : Math.min(3, pages.size);
  for (const [key, seen] of pagesWithKey) if (seen.size >= needed) repeated.add(key);
  return repeated;
}

/** Line numbers (PdfTextLine.line) of every furniture line. */
export function findPageFurniture(
  lines: readonly PdfTextLine[],
  table: BodyAbbreviationTable = {},
): Set<number> {
  const repeated = repeatedAtPageEdges(lines);
  const furniture = new Set<number>();
  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = collapseWhitespace(line.text);
    if (
      PAGE_NUMBER.test(text) ||
      isBodyAndDate(text, table) ||
      (repeated.size > 0 && repeated.has(repeatKey(text)))
    ) {
      furniture.add(line.line);
    }
  }
  return furniture;
}
