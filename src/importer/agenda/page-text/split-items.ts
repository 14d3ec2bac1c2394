/**
 * Where agenda items start on a page: a labelled item line ("Punkt 95", "Sag nr. 95: Titel"), a
 * numbered title ("35. Titel") followed by a case number or an item's first heading, or a title
 * line right above a case-number line. A page with none of these holds one item: it starts at its
 * first heading, and its title is the nearest line above that is not page header (fallbackStart).
 * Numbered lines inside an Indstilling or a Beslutning are points, not items.
 */
import { type ClassifiedLine, opensItem } from './classify-lines.ts';

export interface ItemStart {
  /** Index of the first line of the item (its title line). */
  index: number;
  title: string;
  /** Lines used by the title (index .. index + span - 1). */
  span: number;
  itemNumber: number | null;
  /** How the start was found, for the confidence of the title. */
  how: 'numbered' | 'caseNumber' | 'fallback';
}

function titleish(line: ClassifiedLine | undefined): boolean {
  if (!line) return false;
  const text = line.text;
  return (
    text.length >= 3 &&
    text.length <= 220 &&
    /^[\p{Lu}\d"'«“]/u.test(text) &&
    !/[.:,;]$/u.test(text) &&
    !line.headerField &&
    line.heading === null &&
    line.decision === null &&
    line.caseNumber === null &&
    line.access === null &&
    !text.startsWith('- ')
  );
}

function nextIndex(
  lines: readonly ClassifiedLine[],
  from: number,
  count: number,
  test: (l: ClassifiedLine) => boolean,
): boolean {
  for (let j = from; j < Math.min(lines.length, from + count); j++) {
    const line = lines[j];
    if (line && test(line)) return true;
  }
  return false;
}

/** Joins a title wrapped onto a following lower-case line. */
function titleFrom(
  lines: readonly ClassifiedLine[],
  index: number,
  first: string,
): { title: string; span: number } {
  let title = first;
  let span = 1;
  const next = lines[index + 1];
  if (
    next &&
    /^\p{Ll}/u.test(next.text) &&
    next.heading === null &&
    title.length + next.text.length < 250 &&
    !/[.:]$/u.test(title)
  ) {
    title = `${title} ${next.text}`;
    span = 2;
  }
  return { title, span };
}

export function findItemStarts(lines: readonly ClassifiedLine[]): ItemStart[] {
  const starts: ItemStart[] = [];
  let context: 'none' | 'recommendation' | 'decision' | 'other' = 'none';
  let itemHasBody = false;
  let lastItem = 0;
  let lastPoint = 0;
  let itemHasCaseNumber = false;
  lines.forEach((line, i) => {
    const role = line.decision ? 'decision' : line.heading?.role;
    const caseSoon = nextIndex(lines, i + 1, 3, (l) => l.caseNumber?.caseNumber != null);
    const openSoon = nextIndex(lines, i + 1, 2, opensItem) || opensItem(lines[i + 1]);
    let start: ItemStart | null = null;
    const covered = starts.at(-1);
    if (covered && i < covered.index + covered.span) return;
    if (line.item) {
      const { number, labelled } = line.item;
      const titleLine = line.item.title === '' ? lines[i + 1] : null;
      const title =
        line.item.title !== ''
          ? line.item.title
          : titleish(titleLine ?? undefined)
            ? (titleLine?.text ?? '')
            : '';
      const plausible = title !== '' && !/\.$/u.test(title);
      const strong = labelled
        ? plausible &&
          (caseSoon ||
            nextIndex(lines, i + 1, 5, opensItem) ||
            nextIndex(lines, i + 1, 5, (l) => l.decision !== null))
        : plausible &&
          (caseSoon ||
            (openSoon && context !== 'recommendation') ||
            (openSoon && (number === lastItem + 1 || (number > lastItem && number !== lastPoint + 1))) ||
            (context !== 'recommendation' &&
              lines[i + 1]?.decision != null &&
              lines[i + 1]?.decision?.rest === ''));
      if (strong) {
        const joined = titleFrom(lines, line.item.title === '' ? i + 1 : i, title);
        start = {
          index: i,
          title: joined.title,
          span: joined.span + (line.item.title === '' ? 1 : 0),
          itemNumber: number,
          how: 'numbered',
        };
      }
    }
    if (!start && line.caseNumber?.caseNumber && (starts.length === 0 || itemHasBody || itemHasCaseNumber)) {
      const above = lines[i - 1];
      const aboveTwo = lines[i - 2];
      if (above && titleish(above) && !(covered && i - 1 < covered.index + covered.span)) {
        const twoLines = aboveTwo && titleish(aboveTwo) && /^\p{Ll}/u.test(above.text) ? aboveTwo : null;
        starts.push({
          index: twoLines ? i - 2 : i - 1,
          title: twoLines ? `${twoLines.text} ${above.text}` : above.text,
          span: twoLines ? 2 : 1,
          itemNumber: null,
          how: 'caseNumber',
        });
        itemHasBody = false;
        itemHasCaseNumber = true;
        context = 'other';
        return;
      }
    }
    if (line.item && context === 'recommendation') lastPoint = line.item.number;
    if (start) {
      starts.push(start);
      lastItem = start.itemNumber ?? lastItem;
      lastPoint = 0;
      itemHasBody = false;
      itemHasCaseNumber = false;
      context = 'other';
      return;
    }
    if (line.caseNumber?.caseNumber) itemHasCaseNumber = true;
    if (role) {
      itemHasBody = true;
      context = role === 'recommendation' ? 'recommendation' : role === 'decision' ? 'decision' : 'other';
    }
  });
  return starts;
}

/** The single item of a page without item starts: from its first heading, titled by the line above. */
export function fallbackStart(lines: readonly ClassifiedLine[]): ItemStart | null {
  const anchor = lines.findIndex((l) => opensItem(l) && l.caseNumber === null);
  const firstDecision = lines.findIndex((l) => l.decision !== null);
  const at = anchor >= 0 ? anchor : firstDecision;
  if (at < 0) return null;
  for (let j = at - 1; j >= Math.max(0, at - 12); j--) {
    const line = lines[j];
    if (!line) continue;
    if (line.caseNumber || line.access || line.headerField) continue;
    if (line.item && line.item.title === '') continue;
    if (titleish(line) || (line.item && line.item.title !== '')) {
      const title = line.item && line.item.title !== '' ? line.item.title : line.text;
      return { index: j, title, span: 1, itemNumber: line.item?.number ?? null, how: 'fallback' };
    }
  }
  return { index: at, title: '', span: 0, itemNumber: null, how: 'fallback' };
}
