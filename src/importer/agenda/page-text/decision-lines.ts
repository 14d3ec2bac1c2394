/**
 * Lines that open one body's decision, in the forms agenda systems print:
 *   "Beslutning" (bare: body and date come from the page header), "BESLUTNING:", "BeslutningGodkendt."
 *   "Beslutning i Økonomiudvalget den 08-11-2022", "Beslutning Teknik- og Miljøudvalget den 11-08-2021"
 *   "Beslutning fra Teknik- og Miljøudvalget, 14. maj 2024, pkt. 35:"
 *   "Økonomiudvalgets beslutning: Godkendt.", "Byrådets beslutning den 28-05-2024"
 *   "Social og Sundhed, 6. januar 2020, pkt. 123:", "Kultur- og Idrætsudvalget 11-01-2021"
 * The last two name no "Beslutning", so they count only inside an agenda item (the caller says).
 */
import type { BodyAbbreviationTable } from '../../../domain/political-case/body-abbreviations.ts';
import { lowerDanish } from '../../../domain/political-case/case-text.ts';
import type { IsoDate } from '../../../domain/shared/iso-date.ts';
import { isBodyName, withoutGenitive } from './body-names.ts';
import { findDate, HAS_DIGIT } from './page-dates.ts';

export interface DecisionLine {
  /** The body as written, or null for a bare heading. */
  body: string | null;
  date: IsoDate | null;
  /** Decision text on the same line ("Godkendt."), else ''. */
  rest: string;
  /** A "Body date" line without the word "Beslutning": a decision only inside an item. */
  standalone?: true;
}

const WORDS = /^(beslutningsprotokol|beslutninger|beslutning|afgørelse)/u;
const ITEM_REF =
  /^[\s,;–-]*(?:\(?\s*(?:pkt|punkt|sag|dagsordenspunkt)\.?\s*(?:nr\.?\s*)?\d{1,4}\s*\)?)?\s*[:.]?\s*/u;
/** "Økonomiudvalgets beslutning …": read only when the line has "lutning" (decision-lines tests pin it). */
/** What every GENITIVE_DECISION line has, lower-cased (no letter of it has another case form). */
export const GENITIVE_HINT = 'lutning';
export const GENITIVE_DECISION = /^(.{3,80}?)s beslutning(?:er)?\b\s*(.*)$/iu;
const LEAD = /^(?:i|fra|truffet i|på mødet i|i mødet i|af)\s+/iu;

/** "Økonomiudvalget den 08-11-2022, pkt. 3: Godkendt." → body, date, rest; null when no body/date. */
function bodyAndDate(text: string, table: BodyAbbreviationTable, needBody: boolean): DecisionLine | null {
  const value = text.replace(LEAD, '');
  const date = findDate(value);
  const before = (date ? value.slice(0, date.index) : value)
    .replace(/(?:^|[\s,])(?:den|d\.|dato|mødet|møde)\s*$/iu, '')
    .replace(/[\s,(–-]+$/u, '')
    .replace(/\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag)$/iu, '')
    .trim();
  const after = date ? value.slice(date.index + date.length) : '';
  const rest = after
    .replace(/^\s*(?:kl\.?\s*\d{1,2}[.:]\d{2})?\s*\)?/u, '')
    .replace(ITEM_REF, '')
    .trim();
  if (date === null) {
    if (before === '' || !isBodyName(before.replace(/[:.]$/u, ''), table)) return null;
    return { body: before.replace(/[:.]$/u, ''), date: null, rest: '' };
  }
  if (before === '') return needBody ? null : { body: null, date: date.date, rest };
  if (
    !isBodyName(before, table) &&
    !(needBody && /\bpkt\.?\s*\d|punkt\s*\d/iu.test(after) && /^\p{Lu}[\p{L}\s,-]{2,60}$/u.test(before))
  )
    return null;
  return { body: before, date: date.date, rest };
}

export function parseDecisionLine(
  text: string,
  table: BodyAbbreviationTable,
  inItem: boolean,
): DecisionLine | null {
  if (text.length > 200) return null;
  const lower = lowerDanish(text);
  const word = WORDS.exec(lower);
  if (word?.[1]) {
    const after = text.slice(word[1].length);
    if (after === '' || /^[\s:;,.–-]*$/u.test(after)) return { body: null, date: null, rest: '' };
    const first = after[0] ?? '';
    // "Beslutningskompetence", "Beslutningstema": another word.
    if (/\p{Ll}/u.test(first)) return null;
    const tail = /^\p{Lu}/u.test(first) ? after : after.replace(/^[\s:;,.–-]+/u, '');
    const parsed = bodyAndDate(tail, table, false);
    if (parsed) return parsed;
    if (/^\s*\(/u.test(after)) {
      const inner = /^\s*\(([^)]*)\)\s*[:.]?\s*(.*)$/u.exec(after);
      const viaParens = inner ? bodyAndDate(inner[1] ?? '', table, false) : null;
      if (viaParens) return { ...viaParens, rest: inner?.[2] ?? '' };
    }
    // "Beslutning: Godkendt." / "BeslutningGodkendt." — text, not a body.
    if (/^\s*[:.–-]|^\p{Lu}/u.test(after)) return { body: null, date: null, rest: tail.trim() };
    return null;
  }
  // "…s beslutning": a cheap test first.
  const genitive = lower.includes(GENITIVE_HINT) ? GENITIVE_DECISION.exec(text) : null;
  if (genitive?.[1] !== undefined) {
    const body = withoutGenitive(`${genitive[1]}s`);
    const tail = genitive[2] ?? '';
    const date = findDate(tail);
    const afterDate = date ? tail.slice(date.index + date.length) : tail;
    const rest = afterDate
      .replace(ITEM_REF, '')
      .replace(/^[\s:.–-]+/u, '')
      .trim();
    if (
      date &&
      tail
        .slice(0, date.index)
        .replace(/(?:den|d\.)\s*$/u, '')
        .trim() !== ''
    )
      return null;
    if (/^udvalget$/iu.test(body)) return { body: null, date: date?.date ?? null, rest };
    if (!isBodyName(body, table)) return null;
    return { body, date: date?.date ?? null, rest };
  }
  if (!inItem || !/^\p{Lu}/u.test(text) || text.length > 120) return null;
  // A standalone line needs a date, and every date has a digit: most lines have none.
  if (!HAS_DIGIT.test(text)) return null;
  const parsed = bodyAndDate(text, table, true);
  if (parsed?.date == null || parsed.body === null) return null;
  // A standalone body-and-date line; text after it on the line is the decision.
  return { ...parsed, standalone: true };
}
