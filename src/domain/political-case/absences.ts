/**
 * Absences under a body's decision: "Afbud:" (apology) and "Fraværende:" (absent), each followed by
 * "Name (Party)" entries on their own lines or on the same line, separated by commas or "og".
 * Source: domain.md §4; Seed: Norddjurs agenda item 22/8287 ("Diana Therese Mikkelsen (Løsgænger)").
 * A line that does not read as names is not taken as an absence: the caller keeps it as text.
 */
import { collapseWhitespace, lowerDanish } from './case-text.ts';
import type { AbsenceKind } from './types.ts';

export interface AbsenceMarker {
  kind: AbsenceKind;
  /** Text after the marker on the same line ("Afbud: Jens Hansen (A)" → "Jens Hansen (A)"). */
  rest: string;
}

export interface AbsentPerson {
  name: string;
  party: string | null;
}

const MARKER = /^(afbud|fraværende)(?:\s*:\s*|\s+fra\s*:?\s*|\s*$)(.*)$/iu;

export function parseAbsenceMarker(line: string): AbsenceMarker | null {
  const match = MARKER.exec(collapseWhitespace(line));
  if (!match?.[1]) return null;
  const kind: AbsenceKind = lowerDanish(match[1]) === 'afbud' ? 'apology' : 'absent';
  return { kind, rest: (match[2] ?? '').trim() };
}

export function formatAbsenceMarker(kind: AbsenceKind): string {
  return kind === 'apology' ? 'Afbud:' : 'Fraværende:';
}

const PARTICLES = new Set(['af', 'von', 'van', 'de', 'la', 'le', 'du', 'da', 'der', 'den', 'zu']);
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;

function isPersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  return words.every((word, i) => NAME_WORD.test(word) || (i > 0 && PARTICLES.has(word)));
}

/** Splits on , ; " og " " samt " outside parentheses. */
function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || char === ';')) {
      entries.push(current);
      current = '';
      continue;
    }
    if (depth === 0) {
      const conjunction = /^ (?:og|samt) /u.exec(text.slice(i));
      if (conjunction) {
        entries.push(current);
        current = '';
        i += conjunction[0].length - 1;
        continue;
      }
    }
    current += char;
  }
  entries.push(current);
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/**
 * "Diana Therese Mikkelsen (Løsgænger)" → [{ name, party }]. "Ingen" → []. Null when any entry
 * does not read as a person's name (two to six capitalised words, optionally "(Party)").
 */
export function parseAbsentPeople(line: string): AbsentPerson[] | null {
  const text = collapseWhitespace(line).replace(/[.;,]$/u, '');
  if (text === '') return null;
  if (/^(?:ingen|-|–)$/iu.test(text)) return [];
  const people: AbsentPerson[] = [];
  for (const entry of splitEntries(text)) {
    const match = /^([^()]+?)\s*(?:\(([^()]*)\))?$/u.exec(entry);
    const name = match?.[1]?.trim();
    if (!name || !isPersonName(name)) return null;
    const party = match?.[2]?.trim() || null;
    people.push({ name, party });
  }
  return people.length > 0 ? people : null;
}

export function formatAbsentPerson(person: AbsentPerson): string {
  return person.party === null ? person.name : `${person.name} (${person.party})`;
}
