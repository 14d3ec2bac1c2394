/**
 * Rebuilds agenda blocks from PDF text: drops page furniture, joins hard-wrapped lines into
 * paragraphs and finds the bare-line headings.
 *
 * Paragraphs: PDF text often comes "double spaced" — an empty line after every line (Seed:
 * Norddjurs agenda item 22/8287, agenda-item-22-8287.pdf.txt). When text lines are almost never
 * adjacent and mostly one empty line apart, that empty line means nothing; a paragraph break is
 * then two or more blank lines or a line holding only spaces. Otherwise every blank line is one.
 * Across removed furniture or a page break a paragraph continues unless a sentence ended and a
 * capitalised line begins.
 * Title: the lines before the first heading, up to a case-number line if there is one; the seed's
 * PDF text has no case number, so its first line is the title.
 */
import type { BodyAbbreviationTable } from '../../domain/political-case/body-abbreviations.ts';
import { parseCaseNumberLine } from '../../domain/political-case/case-number-line.ts';
import { collapseWhitespace } from '../../domain/political-case/case-text.ts';
import type { HeadingRole } from '../../domain/political-case/heading-roles.ts';
import type { AgendaBlock, SourceLine } from './agenda-blocks.ts';
import { endsSentence, knownHeadingRole, looksLikeHeading } from './pdf-text-headings.ts';
import type { PdfTextLine } from './pdf-text-lines.ts';

interface ContentLine {
  text: string;
  line: number;
  /** Empty lines since the previous content line. */
  blanks: number;
  /** A line of only spaces since the previous content line (the seed's paragraph mark). */
  spaceOnly: boolean;
  /** Furniture was removed or a page ended since the previous content line. */
  interrupted: boolean;
  role: HeadingRole | null;
}

function toContentLines(lines: readonly PdfTextLine[], furniture: ReadonlySet<number>): ContentLine[] {
  const content: ContentLine[] = [];
  let blanks = 0;
  let spaceOnly = false;
  let interrupted = false;
  let page = lines[0]?.page ?? 0;
  for (const line of lines) {
    if (line.page !== page) {
      interrupted = true;
      page = line.page;
    }
    if (furniture.has(line.line)) {
      interrupted = true;
      continue;
    }
    if (line.text.trim() === '') {
      blanks++;
      if (line.text !== '') spaceOnly = true;
      continue;
    }
    content.push({
      text: collapseWhitespace(line.text),
      line: line.line,
      blanks,
      spaceOnly,
      interrupted,
      role: null,
    });
    blanks = 0;
    spaceOnly = false;
    interrupted = false;
  }
  return content;
}

/**
 * Double spacing shows as text lines that are (almost) never directly adjacent: in single-spaced
 * text the wrapped lines of a paragraph are. Gaps next to headings and page breaks do not count.
 */
function isDoubleSpaced(content: readonly ContentLine[]): boolean {
  const gaps = content.filter((c, i) => {
    const previous = content[i - 1];
    return previous !== undefined && !c.interrupted && c.role === null && previous.role === null;
  });
  if (gaps.length < 3) return false;
  const share = (blanks: number): number => gaps.filter((c) => c.blanks === blanks).length / gaps.length;
  return share(0) < 0.15 && share(1) >= 0.5;
}

function breaksBefore(
  current: ContentLine,
  previous: ContentLine | undefined,
  doubleSpaced: boolean,
): boolean {
  if (previous === undefined) return true;
  if (current.interrupted) return endsSentence(previous.text) && /^[\p{Lu}\d]/u.test(current.text);
  if (doubleSpaced) return current.blanks >= 2 || current.spaceOnly;
  return current.blanks >= 1;
}

function markKnownHeadings(content: ContentLine[], table: BodyAbbreviationTable): void {
  for (const line of content) line.role = knownHeadingRole(line.text, table);
}

/** Unknown headings, only where section text runs (not in a decision, a list or the title). */
function markUnknownHeadings(
  content: ContentLine[],
  doubleSpaced: boolean,
  table: BodyAbbreviationTable,
): void {
  let inSectionText = false;
  content.forEach((line, i) => {
    if (line.role === null && inSectionText) {
      const previous = content[i - 1];
      const next = content[i + 1];
      const standsApart =
        previous === undefined ||
        previous.role !== null ||
        endsSentence(previous.text) ||
        breaksBefore(line, previous, doubleSpaced);
      if (
        standsApart &&
        looksLikeHeading(line.text) &&
        next !== undefined &&
        /^[\p{Lu}\d]/u.test(next.text) &&
        knownHeadingRole(next.text, table) === null
      ) {
        line.role = 'unknownSection';
      }
    }
    if (line.role !== null) inSectionText = line.role === 'knownSection' || line.role === 'unknownSection';
  });
}

function toSourceLine(line: ContentLine): SourceLine {
  return { text: line.text, line: line.line, literal: false };
}

/** The first paragraph before any heading holds the title, then perhaps the case-number line. */
function titleBlocks(paragraph: readonly ContentLine[]): AgendaBlock[] {
  const caseLine = paragraph.findIndex((line) => parseCaseNumberLine(line.text) !== null);
  const titleLines = caseLine >= 0 ? paragraph.slice(0, caseLine) : paragraph;
  const rest = caseLine >= 0 ? paragraph.slice(caseLine) : [];
  const title = titleLines.map((l) => l.text).join(' ');
  // A long first paragraph is text, not a title: leave it for the report to flag.
  if (title.length > 250) return [{ kind: 'paragraph', lines: paragraph.map(toSourceLine) }];
  const first = paragraph[0];
  const blocks: AgendaBlock[] = [
    { kind: 'caseStart', title: title === '' ? null : title, line: first?.line ?? 1 },
  ];
  if (rest.length > 0) blocks.push({ kind: 'paragraph', lines: rest.map(toSourceLine) });
  return blocks;
}

export function pdfTextToBlocks(
  lines: readonly PdfTextLine[],
  furniture: ReadonlySet<number>,
  table: BodyAbbreviationTable = {},
): AgendaBlock[] {
  const content = toContentLines(lines, furniture);
  markKnownHeadings(content, table);
  const doubleSpaced = isDoubleSpaced(content);
  markUnknownHeadings(content, doubleSpaced, table);
  const blocks: AgendaBlock[] = [];
  let paragraph: ContentLine[] = [];
  let seenHeading = false;
  const flush = (): void => {
    if (paragraph.length === 0) return;
    if (!seenHeading && blocks.length === 0) blocks.push(...titleBlocks(paragraph));
    else blocks.push({ kind: 'paragraph', lines: paragraph.map(toSourceLine) });
    paragraph = [];
  };
  content.forEach((line, i) => {
    if (line.role !== null) {
      flush();
      // Before any heading, the title paragraph runs until the first heading, however spaced.
      seenHeading = true;
      blocks.push({ kind: 'heading', role: line.role, text: line.text, line: line.line });
      return;
    }
    if (seenHeading && paragraph.length > 0 && breaksBefore(line, content[i - 1], doubleSpaced)) flush();
    paragraph.push(line);
  });
  flush();
  return blocks;
}
