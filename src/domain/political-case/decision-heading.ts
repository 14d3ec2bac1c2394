/**
 * The heading of one body's decision: "Beslutning i Økonomiudvalget den 08-11-2022"
 * (Seed: Norddjurs agenda item 22/8287) and the form other agenda systems print without "i":
 * "Beslutning Teknik- og Miljøudvalget den 11-08-2021" (domain.md §4: names vary).
 * Reads the body through the municipality's abbreviation table and the date as ISO.
 * It does not decide whether a line of PDF text is a heading at all — the importer does.
 */
import type { IsoDate } from '../shared/iso-date.ts';
import { type BodyAbbreviationTable, resolveBody } from './body-abbreviations.ts';
import { collapseWhitespace } from './case-text.ts';
import { DANISH_DATE_SOURCE, formatDanishDate, parseDanishDate } from './danish-date.ts';
import type { BodyRef } from './types.ts';

export interface DecisionHeading {
  body: BodyRef;
  date: IsoDate | null;
  /** The date text when one was written but could not be read ("den 31-02-2022"). */
  unreadableDate: string | null;
}

const DECISION_HEADING = /^beslutning(?![\p{L}\p{N}])\s*[:.–-]?\s*(.*)$/iu;
const DATE_AT_END = new RegExp(`${DANISH_DATE_SOURCE}$`, 'iu');
const DEN_AT_END = /(?:^|[\s,–-])(?:den|d\.)\s*$/iu;
const DEN_WITH_TEXT_AT_END = /(?:^|\s)(?:den|d\.)\s+(\S.*)$/iu;

/** True for any heading that starts with the word "Beslutning". */
export function isDecisionHeading(text: string): boolean {
  return DECISION_HEADING.test(collapseWhitespace(text));
}

/** Parses a decision heading; null when the text does not start with "Beslutning". */
export function parseDecisionHeading(
  text: string,
  table: BodyAbbreviationTable = {},
): DecisionHeading | null {
  const match = DECISION_HEADING.exec(collapseWhitespace(text).replace(/\s*:$/, ''));
  if (!match) return null;
  // "Beslutning i X" (Norddjurs) and "Beslutning X" (other agenda systems) name the body alike.
  let rest = (match[1] ?? '').replace(/^i\s+/iu, '');
  let date: IsoDate | null = null;
  let unreadableDate: string | null = null;
  const dated = DATE_AT_END.exec(rest);
  if (dated?.[1] !== undefined) {
    const parsed = parseDanishDate(dated[1]);
    if (parsed.kind === 'valid') date = parsed.date;
    else unreadableDate = dated[1];
    rest = rest.slice(0, dated.index).replace(DEN_AT_END, '');
  } else {
    const den = DEN_WITH_TEXT_AT_END.exec(rest);
    if (den?.[1] !== undefined) {
      unreadableDate = den[1];
      rest = rest.slice(0, den.index);
    }
  }
  rest = rest.replace(/[\s,–-]+$/u, '');
  const body = resolveBody(rest, table) ?? { abbreviation: null, name: null };
  return { body, date, unreadableDate };
}

/** The body as a decision heading names it: in full when known, so the table can restore the rest. */
function formatDecisionBody(body: BodyRef, table: BodyAbbreviationTable): string {
  const { abbreviation, name } = body;
  if (name === null) return abbreviation ?? '';
  if (abbreviation === null) return name;
  const resolved = resolveBody(name, table);
  return resolved?.abbreviation === abbreviation ? name : `${name} (${abbreviation})`;
}

/** Writes the heading the way the seed does: "Beslutning i Økonomiudvalget den 08-11-2022". */
export function formatDecisionHeading(
  body: BodyRef,
  date: IsoDate | null,
  table: BodyAbbreviationTable = {},
): string {
  const bodyText = formatDecisionBody(body, table);
  return `Beslutning${bodyText ? ` i ${bodyText}` : ''}${date ? ` den ${formatDanishDate(date)}` : ''}`;
}
