/**
 * Which plain line is a section heading. Page text has no markup, so a heading is a line whose
 * words are a known heading name — in any case ("BESLUTNING"), with a trailing colon, comma or
 * full stop ("Indstilling om,"), glued to its text ("BeslutningGodkendt.") or followed by its
 * value on the same line ("Sagsforløb: BY", "Forventet sagsgang / KF", "Beslutning: Godkendt.").
 * Names come from layout-profiles.ts. Decision headings naming a body and a date are read by
 * decision-lines.ts; this module only says that the line starts one.
 */

import { lowerDanish } from '../../../domain/political-case/case-text.ts';
import { COMMON_HEADINGS, type PageHeadingRole, SECTION_PATTERNS } from './layout-profiles.ts';

export interface HeadingLine {
  role: PageHeadingRole;
  /** The heading as written, without the value. */
  heading: string;
  /** Text after the heading on the same line ('' when none). */
  rest: string;
}

export type HeadingLexicon = ReadonlyMap<string, PageHeadingRole>;

export function buildLexicon(
  ...tables: readonly Readonly<Record<string, PageHeadingRole>>[]
): HeadingLexicon {
  const map = new Map<string, PageHeadingRole>();
  for (const table of [COMMON_HEADINGS, ...tables])
    for (const [name, role] of Object.entries(table)) map.set(lowerDanish(name), role);
  return map;
}

/** The lookup key of a heading: lower case, trailing punctuation and "?" dropped. */
export function headingKey(text: string): string {
  return lowerDanish(text)
    .replace(/[\s:;,.?!–-]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function roleOf(key: string, lexicon: HeadingLexicon): PageHeadingRole | null {
  const role = lexicon.get(key);
  if (role) return role;
  if (/^indstilling\s+(?:fra|til|om)\s/u.test(key) && key.length < 80) return 'recommendation';
  if (key.length <= 60 && SECTION_PATTERNS.some((p) => p.test(key))) return 'knownSection';
  return null;
}

/**
 * A lexicon's names by their first character ('' for an empty name), made once per lexicon: a
 * line can only start with the names under its own first character.
 */
const byFirstCharacter = new WeakMap<HeadingLexicon, ReadonlyMap<string, readonly string[]>>();

function namesStarting(lexicon: HeadingLexicon): ReadonlyMap<string, readonly string[]> {
  let index = byFirstCharacter.get(lexicon);
  if (index === undefined) {
    const built = new Map<string, string[]>();
    for (const key of lexicon.keys()) {
      const first = key.charAt(0);
      const list = built.get(first);
      if (list) list.push(key);
      else built.set(first, [key]);
    }
    index = built;
    byFirstCharacter.set(lexicon, index);
  }
  return index;
}

/** The longest known heading name that the line starts with, as a word. */
export function prefixHeading(text: string, lexicon: HeadingLexicon): { key: string; length: number } | null {
  const lower = lowerDanish(text);
  const index = namesStarting(lexicon);
  let best: { key: string; length: number } | null = null;
  for (const key of [...(index.get('') ?? []), ...(index.get(lower.charAt(0)) ?? [])]) {
    if (lower.startsWith(key) && (best === null || key.length > best.length))
      best = { key, length: key.length };
  }
  return best;
}

/** Classifies one line; null when it is not a heading. */
export function classifyHeadingLine(text: string, lexicon: HeadingLexicon): HeadingLine | null {
  if (!/^\p{L}/u.test(text)) return null;
  const whole = text.length <= 140 ? roleOf(headingKey(text), lexicon) : null;
  if (whole) return { role: whole, heading: text.replace(/[\s:;,.]+$/u, ''), rest: '' };
  const prefix = prefixHeading(text, lexicon);
  if (prefix === null) return null;
  const role = lexicon.get(prefix.key);
  if (!role) return null;
  const after = text.slice(prefix.length);
  const heading = text.slice(0, prefix.length);
  // "Sagsforløb: BY", "Beslutning: Godkendt.", "Forventet sagsgang / KF", "Indstilling – at …".
  const separated = /^\s*(?::|\s[/–-]\s|\s?[/–]\s?)\s*(.*)$/u.exec(after);
  if (separated) return { role, heading, rest: separated[1] ?? '' };
  // Glued: "BeslutningGodkendt.", "IndstillingDirektionen indstiller, at …" (a capital right after).
  if (/^\p{Lu}/u.test(after) && /\p{Ll}$/u.test(heading)) return { role, heading, rest: after };
  if (/^\p{Lu}\p{Ll}/u.test(after) && /\p{Lu}$/u.test(heading)) return { role, heading, rest: after };
  return null;
}
