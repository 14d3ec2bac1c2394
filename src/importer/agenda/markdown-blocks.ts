/**
 * Reads agenda Markdown as the municipality's web page renders it into agenda blocks:
 * "#" headings, whole-line "**bold**" headings (Seed: Norddjurs agenda item 22/8287 mixes both),
 * setext headings ("Titel\n====="), paragraphs separated by blank lines.
 *
 * Which heading starts a new case: the first unknown heading of the document, any heading followed
 * by a case-number line ("22/8287 Åben Sag"), and an unknown "#" heading at or above the level of
 * the current case's title. It does not render Markdown: links, HTML and tables stay as text.
 */
import { parseAbsenceMarker } from '../../domain/political-case/absences.ts';
import { parseCaseNumberLine } from '../../domain/political-case/case-number-line.ts';
import { classifyHeading } from '../../domain/political-case/heading-roles.ts';
import { startsWithEscape, unescapeMarkdownInline } from '../../domain/political-case/markdown-escape.ts';
import type { AgendaBlock, SourceLine } from './agenda-blocks.ts';

/** Level 1–6 for "#" headings; bold-only lines rank below every "#" heading. */
const BOLD_LEVEL = 7;

type Token =
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'text'; raw: string; line: number }
  | { kind: 'blank' };

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const BOLD_LINE = /^\s*\*\*(.+)\*\*\s*(:?)\s*$/u;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/u;

function boldHeading(raw: string): string | null {
  const match = BOLD_LINE.exec(raw);
  const inner = match?.[1];
  if (inner === undefined || inner.includes('**') || inner.startsWith('*')) return null;
  const text = `${unescapeMarkdownInline(inner).trim()}${match?.[2] ?? ''}`;
  // A bold sentence ("**Tiltrådt.**") is emphasis, not a heading.
  return /[.!?]$/u.test(text) ? null : text;
}

function tokenize(markdown: string): Token[] {
  const lines = markdown.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const tokens: Token[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') {
      tokens.push({ kind: 'blank' });
      return;
    }
    const previous = tokens.at(-1);
    const setext = SETEXT.exec(raw);
    if (setext?.[1] && previous?.kind === 'text' && tokens.at(-2)?.kind !== 'text') {
      tokens[tokens.length - 1] = {
        kind: 'heading',
        level: setext[1].startsWith('=') ? 1 : 2,
        text: unescapeMarkdownInline(previous.raw).trim(),
        line: previous.line,
      };
      return;
    }
    if (setext?.[1]?.startsWith('-') && setext[1].length >= 3 && previous?.kind !== 'text') {
      tokens.push({ kind: 'blank' }); // a thematic break
      return;
    }
    const atx = ATX.exec(raw);
    if (atx?.[1]) {
      tokens.push({
        kind: 'heading',
        level: atx[1].length,
        text: unescapeMarkdownInline(atx[2] ?? '').trim(),
        line,
      });
      return;
    }
    const bold = boldHeading(raw);
    if (bold !== null) {
      tokens.push({ kind: 'heading', level: BOLD_LEVEL, text: bold, line });
      return;
    }
    tokens.push({ kind: 'text', raw, line });
  });
  return tokens;
}

function sourceLine(raw: string, line: number): SourceLine {
  return { text: unescapeMarkdownInline(raw), line, literal: startsWithEscape(raw) };
}

function nextIsCaseNumberLine(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind === 'blank') continue;
    return token?.kind === 'text' && !startsWithEscape(token.raw) && parseCaseNumberLine(token.raw) !== null;
  }
  return false;
}

/** Markdown → blocks, with case starts decided. */
export function markdownToBlocks(markdown: string): AgendaBlock[] {
  const tokens = tokenize(markdown);
  const blocks: AgendaBlock[] = [];
  let paragraph: SourceLine[] = [];
  let caseOpen = false;
  let titleLevel = 0;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  tokens.forEach((token, i) => {
    if (token.kind === 'blank') {
      flush();
      return;
    }
    if (token.kind === 'text') {
      // A case without a title starts at its case-number line.
      if (!caseOpen && !startsWithEscape(token.raw) && parseCaseNumberLine(token.raw) !== null)
        caseOpen = true;
      paragraph.push(sourceLine(token.raw, token.line));
      return;
    }
    flush();
    // "**Afbud:**" is a marker inside a decision, not a heading of its own.
    if (parseAbsenceMarker(token.text)) {
      blocks.push({ kind: 'paragraph', lines: [{ text: token.text, line: token.line, literal: false }] });
      return;
    }
    const role = classifyHeading(token.text);
    const isSection = role === 'knownSection' || role === 'unknownSection';
    const startsCase =
      (isSection && nextIsCaseNumberLine(tokens, i + 1)) ||
      (role === 'unknownSection' && (!caseOpen || (token.level < BOLD_LEVEL && token.level <= titleLevel)));
    if (startsCase) {
      blocks.push({ kind: 'caseStart', title: token.text === '' ? null : token.text, line: token.line });
      titleLevel = token.level;
    } else {
      blocks.push({ kind: 'heading', role, text: token.text, line: token.line });
    }
    caseOpen = true;
  });
  flush();
  return blocks;
}
