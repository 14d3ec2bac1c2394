/**
 * Page text → lines: the first step of the plain-text reader. Accepts what a user saves or copies
 * from an agenda web page (".md" with or without markup, ".txt", text pulled out of a PDF, text
 * made from HTML): Markdown markup is removed but remembered as a hint ("#"/bold line → heading),
 * list markers become "- ", escaped characters are resolved, whitespace collapsed, empty lines
 * counted. Headings glued to their text ("BeslutningGodkendt.") are split by heading-lexicon.ts.
 */
import { collapseWhitespace } from '../../../domain/political-case/case-text.ts';

export interface PageLine {
  /** The line without markup, whitespace collapsed. Never empty. */
  text: string;
  /** 1-based line number in the imported text. */
  line: number;
  /** The source marked the line as a heading ("#", "**…**", <h1>–<h6>). */
  marked: boolean;
  /** Empty lines (or a page break) since the previous line. */
  gap: number;
  /** 0-based page (form feeds in PDF text); 0 without page marks. */
  page: number;
}

const ATX = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u;
const BOLD_LINE = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*(:?)\s*$/u;
const LIST = /^\s*(?:[*+•·▪◦●]|-(?!-))\s+/u;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

/** Markdown's inline markup: images dropped, links to their text, escapes resolved, emphasis removed. */
export const INLINE_MARKUP: readonly (readonly [RegExp, string])[] = [
  [/!\[[^\]]*\]\([^)]*\)/gu, ''],
  [/\[([^\]]*)\]\([^)]*\)/gu, '$1'],
  [/\\([!-/:-@[-`{-~])/gu, '$1'],
  [/\*\*|__/gu, ''],
  [/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|$|[.,:;])/gu, '$1$2'],
];

/** Each INLINE_MARKUP rule needs one of these characters; most lines have none (a cheap test first). */
export const INLINE_MARK = /[[\\*_]/u;

/** A table row "| a | b |"; only a line with "|" is tested. */
export const TABLE_ROW = /^\s*\|.*\|\s*$/u;

function stripInline(text: string): string {
  if (!INLINE_MARK.test(text)) return text;
  let out = text;
  for (const [rule, replacement] of INLINE_MARKUP) out = out.replace(rule, replacement);
  return out;
}

/** Splits page text into meaningful lines. Pure; never throws. */
export function toPageLines(text: string): PageLine[] {
  const out: PageLine[] = [];
  let gap = 0;
  let page = 0;
  const raw = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  raw.forEach((source, i) => {
    const parts = source.split('\f');
    if (parts.length > 1) {
      page += parts.length - 1;
      gap++;
    }
    let value = parts.join(' ');
    if (TABLE_RULE.test(value) || /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/u.test(value)) {
      gap++;
      return;
    }
    let marked = false;
    const atx = ATX.exec(value);
    if (atx) {
      value = atx[1] ?? '';
      marked = true;
    } else {
      const bold = BOLD_LINE.exec(value);
      if (bold?.[1] && !bold[1].includes('**')) {
        value = `${bold[1]}${bold[2] ?? ''}`;
        marked = !/[.!?]$/u.test(value.trim());
      }
    }
    value = value.replace(/^\s*>\s?/u, '');
    if (value.includes('|') && TABLE_ROW.test(value)) {
      // A table row: "| Sagsnr. | 24/1234 |" → "Sagsnr.: 24/1234"; more cells are joined by spaces.
      const cells = value
        .replace(/^\s*\||\|\s*$/gu, '')
        .split('|')
        .map((c) => c.trim())
        .filter((c) => c !== '');
      const [first, second] = cells;
      value =
        cells.length === 2 && first !== undefined && first.length <= 40
          ? `${first.replace(/:$/u, '')}: ${second}`
          : cells.join(' ');
    }
    const listed = LIST.test(value);
    value = stripInline(listed ? value.replace(LIST, '') : value);
    const textValue = collapseWhitespace(value);
    if (textValue === '' || /^\|?[\s|]*$/u.test(textValue)) {
      gap++;
      return;
    }
    out.push({ text: listed ? `- ${textValue}` : textValue, line: i + 1, marked, gap, page });
    gap = 0;
  });
  return out;
}
